import { stemmer } from 'stemmer';

/** Stems repeat across sentences and articles; remembering them makes stemming nearly free. */
const stems = new Map<string, string>();
const MAX_REMEMBERED_STEMS = 200_000;

/** The Porter stem of a lower-case word; numbers are kept as written. */
export function stem(word: string): string {
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    if (stems.size >= MAX_REMEMBERED_STEMS) stems.clear();
    stemmed = /^\p{N}/u.test(word) ? word : stemmer(word);
    stems.set(word, stemmed);
  }
  return stemmed;
}

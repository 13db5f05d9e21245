import type { Article } from '../src/corpus/types.js';
import { isStopWord } from '../src/text/stopwords.js';
import type { Speaker } from '../src/extract/types.js';
import { seeded } from './stats.js';

/**
 * The benchmark's questions, made from the corpus with a fixed seed so every run (and every size built
 * from the same first articles) asks the same ones: topic words from headlines, names found in the text,
 * "when did …", "what did X say about …", "who is X", and one-letter typo twins of all of them.
 */

export type QuestionKind = 'topic' | 'who-is' | 'when' | 'what-said' | 'typo';

export interface BenchQuestion {
  kind: QuestionKind;
  text: string;
  /** A speaker or person the question names (for quote lookups), when it names one. */
  speaker: string | null;
  /** Its topic words (for quote and timeline lookups by topic). */
  about: string;
}

const NOT_FIRST_NAMES = new Set(
  'The This That These Those In On At For But And If When While After Before During Since According However Meanwhile Under Among Its Their His Her New Last Next First Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December'.split(
    ' ',
  ),
);
const VERBS = ['announce', 'agree', 'report', 'sign', 'raise', 'cut', 'sell', 'buy', 'meet', 'propose'];

export function makeQuestions(articles: readonly Article[], speakers: readonly Speaker[], count: number, seed = 9): BenchQuestion[] {
  const random = seeded(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

  const headlines = articles.map((a) => titleWords(a.title)).filter((words) => words.length >= 2);
  const files = new Set(articles.map((a) => a.file));
  const quoted = speakers.filter((s) => s.kind !== 'unnamed' && s.files.some((f) => files.has(f))).map((s) => s.name);
  const names = [...namesIn(articles)];
  if (headlines.length === 0) throw new Error('no headline with two topic words: cannot make questions');
  const people = names.length > 0 ? names : quoted.length > 0 ? quoted : ['Smith'];
  const speakerNames = quoted.length > 0 ? quoted : people;

  const topic = (n: number): string => {
    const words = pick(headlines);
    const start = Math.floor(random() * Math.max(1, words.length - n + 1));
    return words.slice(start, start + n).join(' ');
  };
  const makers: Record<Exclude<QuestionKind, 'typo'>, () => BenchQuestion> = {
    topic: () => {
      const about = topic(1 + Math.floor(random() * 3));
      const text = pick([about, `What happened with ${about}?`, `Tell me about ${about}`, `what about the ${about}`]);
      return { kind: 'topic', text, speaker: null, about };
    },
    'who-is': () => {
      const name = pick(random() < 0.5 ? people : speakerNames);
      return { kind: 'who-is', text: pick([`Who is ${name}?`, `who is ${name}`]), speaker: name, about: name };
    },
    when: () => {
      if (random() < 0.5) {
        const about = topic(2);
        return { kind: 'when', text: pick([`When did the ${about} happen?`, `When was the ${about}?`]), speaker: null, about };
      }
      const name = pick(people);
      const about = topic(1);
      return { kind: 'when', text: `When did ${name} ${pick(VERBS)} ${about}?`, speaker: name, about };
    },
    'what-said': () => {
      const name = pick(speakerNames);
      if (random() < 0.25) return { kind: 'what-said', text: `What did ${name} say?`, speaker: name, about: '' };
      const about = topic(1 + Math.floor(random() * 2));
      return { kind: 'what-said', text: `What did ${name} say about ${about}?`, speaker: name, about };
    },
  };

  const kinds = Object.keys(makers) as Exclude<QuestionKind, 'typo'>[];
  const plain: BenchQuestion[] = [];
  const share = Math.ceil((count * 4) / 5);
  for (let i = 0; plain.length < share; i++) plain.push(makers[kinds[i % kinds.length]!]());
  const typos: BenchQuestion[] = [];
  for (let tries = 0; typos.length < count - share && tries < count * 20; tries++) {
    const source = pick(plain);
    const text = withTypo(source.text, random);
    if (text !== null) typos.push({ ...source, kind: 'typo', text });
  }
  // Interleave, so a time budget that stops early still measured every kind.
  const questions: BenchQuestion[] = [];
  for (let i = 0; i < Math.max(plain.length, typos.length * 4); i++) {
    if (plain[i]) questions.push(plain[i]!);
    if (i % 4 === 3 && typos[(i - 3) / 4]) questions.push(typos[(i - 3) / 4]!);
  }
  return questions;
}

/** A headline's topic words, lower case unless written as a name. */
function titleWords(title: string): string[] {
  return (title.match(/[\p{L}][\p{L}'-]*/gu) ?? [])
    .filter((w) => w.length >= 4 && !isStopWord(w.toLowerCase()))
    .map((w) => (/^\p{Lu}\p{Ll}/u.test(w) ? w.toLowerCase() : w.length <= 4 && /^\p{Lu}+$/u.test(w) ? w : w.toLowerCase()));
}

/** Two capitalised words inside a sentence (never its first word): "Comissaria Smith", "James Baker". */
function namesIn(articles: readonly Article[]): Set<string> {
  const names = new Set<string>();
  for (const article of articles) {
    for (const sentence of article.sentences) {
      for (const match of sentence.text.matchAll(/(?<=[\p{Ll},] )(\p{Lu}\p{Ll}{2,}) (\p{Lu}\p{Ll}{2,})\b/gu)) {
        if (!NOT_FIRST_NAMES.has(match[1]!) && !NOT_FIRST_NAMES.has(match[2]!)) names.add(match[0]);
      }
    }
  }
  return names;
}

/** One letter deleted, doubled, swapped with the next or replaced, in one word of five letters or more. */
function withTypo(text: string, random: () => number): string | null {
  const words = [...text.matchAll(/\p{L}{5,}/gu)];
  if (words.length === 0) return null;
  const word = words[Math.floor(random() * words.length)]!;
  const w = word[0];
  const i = 1 + Math.floor(random() * (w.length - 2));
  const letter = 'etaoinshrdlu'[Math.floor(random() * 12)]!;
  const edits = [
    w.slice(0, i) + w.slice(i + 1),
    w.slice(0, i) + w[i] + w.slice(i),
    w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2),
    w.slice(0, i) + letter + w.slice(i + 1),
  ];
  const edited = edits[Math.floor(random() * edits.length)]!;
  if (edited === w) return null;
  return text.slice(0, word.index) + edited + text.slice(word.index! + w.length);
}

import { francAll } from 'franc';
import { isStopWord } from './stopwords.js';

/** Below this share of English function words a paragraph is a candidate for another language. */
const MAX_ENGLISH_SHARE = 0.12;
const MIN_WORDS = 12;
/**
 * franc scores the best language 1; English prose that franc misreads (newswire with names and figures)
 * still scores English above 0.75, real foreign prose below 0.65.
 */
const ENGLISH_CLOSE = 0.7;

/**
 * True when a paragraph is written in a language other than English. Language identification (franc,
 * trigram profiles of 187 languages) costs about a millisecond, so it runs only on paragraphs with
 * almost no English function words: English prose is a third or more function words, while tables of
 * figures and lists of names, which have few, are letters too rarely for franc to call them anything.
 */
export function isOtherLanguage(paragraph: string): boolean {
  const words = paragraph.match(/\p{L}{2,}/gu) ?? [];
  if (words.length < MIN_WORDS) return false;
  const english = words.filter((word) => isStopWord(word.toLowerCase())).length;
  if (english / words.length >= MAX_ENGLISH_SHARE) return false;
  const scores = francAll(paragraph, { minLength: 20 });
  const [best] = scores[0] ?? ['und'];
  if (best === 'eng' || best === 'und') return false;
  const englishScore = scores.find(([language]) => language === 'eng')?.[1] ?? 0;
  return englishScore < ENGLISH_CLOSE;
}

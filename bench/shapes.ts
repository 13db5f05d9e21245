import { seeded } from './stats.js';

/**
 * Pathological article texts of a chosen size, for the adversarial benchmark and tests: each stresses
 * one way extraction could turn superlinear. Deterministic (seeded), and made of invented words and
 * names, so no rule can be tuned to them.
 */

export interface Shape {
  name: string;
  /** What the text is made of. */
  about: string;
  /** A text of about `bytes` characters. */
  text: (bytes: number) => string;
  /** A question the article should be able to take. */
  question: string;
}

const SYLLABLES = ['ka', 'lo', 'mir', 'ten', 'va', 'ros', 'quin', 'del', 'bar', 'sho', 'nu', 'fel', 'tor', 'pa', 'gri', 'wen'];
const COMMON = ['the', 'plan', 'river', 'council', 'said', 'was', 'would', 'bridge', 'vote', 'budget', 'on', 'of', 'a', 'new', 'town', 'after', 'report', 'water'];

function wordMaker(seed: number): () => string {
  const random = seeded(seed);
  return () => {
    const n = 2 + Math.floor(random() * 2);
    let word = '';
    for (let i = 0; i < n; i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)]!;
    return word;
  };
}

const capital = (word: string) => word[0]!.toUpperCase() + word.slice(1);

/** Repeat `piece(i)` until the text reaches `bytes` characters. */
function fill(bytes: number, piece: (i: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const part = piece(i);
    parts.push(part);
    length += part.length;
  }
  return parts.join('');
}

function ordinarySentence(random: () => number, word: () => string): string {
  const words = Array.from({ length: 8 + Math.floor(random() * 10) }, (_, i) => (i % 3 === 1 ? word() : COMMON[Math.floor(random() * COMMON.length)]!));
  return `${capital(words.join(' '))}.`;
}

export const SHAPES: Shape[] = [
  {
    name: 'quotation-marks',
    about: 'short quotations one after another, each with a speaker: thousands of marks in one paragraph',
    text: (bytes) => {
      const word = wordMaker(1);
      return `Harbour council meets\n\n${fill(bytes, (i) => `"The ${word()} is ready," said Marta Velkin${i % 2 ? ', the mayor' : ''}. `)}\n`;
    },
    question: 'What did Velkin say?',
  },
  {
    name: 'unbalanced-quotes',
    about: 'opening quotation marks that never close, straight and curly, in one paragraph',
    text: (bytes) => {
      const word = wordMaker(2);
      return `Harbour council meets\n\n${fill(bytes, (i) => `${i % 2 ? '“' : '"'}${word()} ${word()} said Orel Danst `)}\n`;
    },
    question: 'What did Danst say?',
  },
  {
    name: 'capitalised-words',
    about: 'one paragraph of capitalised invented words with no punctuation at all',
    text: (bytes) => {
      const word = wordMaker(3);
      return `${fill(bytes, () => `${capital(word())} `)}\n`;
    },
    question: 'Who is Kalomir?',
  },
  {
    name: 'no-punctuation',
    about: 'one sentence of lower-case words with no punctuation',
    text: (bytes) => {
      const random = seeded(4);
      const word = wordMaker(4);
      return `${fill(bytes, (i) => `${i % 4 === 0 ? word() : COMMON[Math.floor(random() * COMMON.length)]!} `)}\n`;
    },
    question: 'What happened to the bridge?',
  },
  {
    name: 'repeated-names',
    about: 'one paragraph that names the same titled people over and over, in apposition and with roles',
    text: (bytes) =>
      `Harbour council meets\n\n${fill(
        bytes,
        (i) =>
          `Harbour Director Lisbet Aarvold told Council Chair Tomas Brenn, the budget chief, that Aarvold and Brenn and Deputy Mayor Ilse Varga ${i % 2 ? 'agreed' : 'argued'}. `,
      )}\n`,
    question: 'Who is Lisbet Aarvold?',
  },
  {
    name: 'many-short-lines',
    about: 'hundreds of thousands of short lines, each its own paragraph, as a log or a list would be',
    text: (bytes) => {
      const word = wordMaker(7);
      return `Harbour council minutes\n\n${fill(bytes, (i) => `Item ${i}: ${word()} ${COMMON[i % COMMON.length]!} ${word()}.\n`)}`;
    },
    question: 'What did the council say about the budget?',
  },
  {
    name: 'dated-sentences',
    about: 'a date in every sentence, each an event of its own: thousands of timeline entries from one article',
    text: (bytes) => {
      const random = seeded(8);
      const word = wordMaker(8);
      const months = ['January', 'March', 'May', 'July', 'September', 'November'];
      return `Harbour council records\n\n${fill(bytes, (i) => {
        const date = `${months[i % months.length]} ${1 + (i % 28)}, ${1990 + (i % 30)}`;
        return `On ${date} the ${word()} council approved the ${word()} budget and ${COMMON[Math.floor(random() * COMMON.length)]} ${word()}.${i % 5 === 4 ? '\n\n' : ' '}`;
      })}\n`;
    },
    question: 'When did the council approve the budget?',
  },
  {
    name: 'ordinary-long',
    about: 'ordinary sentences in short paragraphs, at a size far beyond any real article',
    text: (bytes) => {
      const random = seeded(6);
      const word = wordMaker(6);
      return `Harbour council meets\n\n${fill(bytes, (i) => `${ordinarySentence(random, word)}${i % 4 === 3 ? '\n\n' : ' '}`)}\n`;
    },
    question: 'When will the bridge reopen?',
  },
];

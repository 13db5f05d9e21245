import { stemmer } from 'stemmer';
import { remembered } from './memo.js';

/** The Porter stem of a lower-case word; numbers are kept as written. Stems repeat, so each is worked out once. */
export const stem: (word: string) => string = remembered((word) => (/^\p{N}/u.test(word) ? word : stemmer(word)), 200_000);

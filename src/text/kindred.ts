import { normalizeTerm } from './analyzer.js';

/**
 * Words news reports use for one another where WordNet keeps them apart: the mood of an occasion ("a tense
 * atmosphere", "the mood was tense"), wanting ("the union seeks guarantees", "is interested in obtaining
 * guarantees"), publishing ("the paper published a photograph", "a photograph appears in the paper"), and
 * an audience ("how many have seen the film?", "the film has drawn an audience of nine million"), and
 * a figure's change or a change made to one ("how much did profit fall?", "a 23 percent drop in profit", "a rate
 * hike"), jobs, owning, contesting a ruling, leading, a court's ruling, an inquiry, a strike, a takeover and layoffs.
 * Each group is one meaning; a word stands for the others of its group.
 */
const GROUPS: readonly (readonly string[])[] = [
  ['mood', 'atmosphere', 'tone', 'spirit', 'climate', 'ambience', 'ambiance'],
  ['want', 'wish', 'seek', 'desire', 'interested', 'eager', 'keen'],
  ['publish', 'print', 'appear', 'feature'],
  ['see', 'seen', 'watch', 'audience', 'viewer', 'spectator'],
  // A figure that goes down or up: news reports one change with any of these ("profit fell", "a drop in profit").
  ['fall', 'fell', 'drop', 'decline', 'decrease', 'slide', 'slump', 'dip', 'tumble', 'plunge', 'sink', 'sank', 'lower', 'cut', 'reduce', 'trim'],
  ['rise', 'rose', 'climb', 'increase', 'grow', 'grew', 'gain', 'jump', 'surge', 'soar', 'raise', 'hike'],
  // Jobs: "how many work at the firm?" over "the firm employs 620 people" or "has 620 staff".
  ['work', 'worker', 'employ', 'employee', 'staff', 'workforce'],
  // Who owns a company: "its parent company", "owned by".
  ['own', 'owner', 'parent', 'proprietor'],
  // Contesting a court's decision.
  ['appeal', 'challenge', 'contest'],
  // Who leads: "the boss of", "head of", "leads", "chief".
  ['boss', 'head', 'lead', 'leader', 'chief'],
  // What a court decides.
  ['ruling', 'verdict', 'judgment', 'judgement'],
  // Looking into what went wrong.
  ['probe', 'investigation', 'inquiry', 'enquiry'],
  // Stopping work.
  ['strike', 'walkout', 'stoppage'],
  // Buying a company.
  ['takeover', 'acquisition', 'purchase', 'buy', 'acquire'],
  // Jobs lost.
  ['layoff', 'redundancy'],
];

const BY_TERM = new Map<string, readonly string[]>();
for (const group of GROUPS) for (const word of group) BY_TERM.set(normalizeTerm(word) ?? word, group);

/** The other words of the word's group ("mood" → "atmosphere", "tone", …); none for a word of no group. */
export function kindredWords(word: string): string[] {
  const group = BY_TERM.get(normalizeTerm(word) ?? word.toLowerCase()) ?? [];
  const term = normalizeTerm(word);
  return group.filter((other) => normalizeTerm(other) !== term);
}

/** Whether the word names the mood of an occasion ("mood", "atmosphere"). */
export function isMoodNoun(word: string): boolean {
  return GROUPS[0]!.includes(word.toLowerCase());
}

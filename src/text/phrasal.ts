/**
 * Verbs of two words that news uses for one ("the fire broke out", "the firm was set up in 2019",
 * "it will lay off 140 staff"): each in any of its forms, with the one-word verb it stands for, so that
 * "when did the fire start?" finds "broke out" and "when was it founded?" finds "set up".
 */
const PHRASAL: readonly (readonly [verbForms: string, particle: string, standsFor: string])[] = [
  ['break breaks broke broken breaking', 'out', 'start'],
  ['kick kicks kicked kicking', 'off', 'start'],
  ['set sets setting', 'off', 'start'],
  ['set sets setting', 'up', 'found'],
  ['step steps stepped stepping', 'down', 'resign'],
  ['call calls called calling', 'off', 'cancel'],
  ['lay lays laid laying', 'off', 'dismiss'],
  ['let lets letting', 'go', 'dismiss'],
  ['shut shuts shutting', 'down', 'close'],
  ['close closes closed closing', 'down', 'close'],
  ['pull pulls pulled pulling', 'out', 'withdraw'],
  ['put puts putting', 'off', 'postpone'],
  ['put puts putting', 'out', 'extinguish'],
  ['carry carries carried carrying', 'out', 'conduct'],
  ['turn turns turned turning', 'down', 'reject'],
  ['take takes took taken taking', 'over', 'acquire'],
  ['hand hands handed handing', 'down', 'deliver'],
  ['give gives gave given giving', 'up', 'surrender'],
  ['bring brings brought bringing', 'in', 'introduce'],
  ['phase phases phased phasing', 'out', 'end'],
  ['wind winds wound winding', 'up', 'end'],
  ['sign signs signed signing', 'up', 'join'],
];

const BY_PAIR = new Map<string, string>();
for (const [forms, particle, standsFor] of PHRASAL) for (const form of forms.split(' ')) BY_PAIR.set(`${form} ${particle}`, standsFor);

/** "When did the fire break out?": each verb of two words replaced by the one it stands for (fire start). */
export function phrasalAsOne(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const standsFor = i + 1 < words.length ? phrasalVerb(words[i]!, words[i + 1]!) : null;
    out.push(standsFor ?? words[i]!);
    if (standsFor) i++;
  }
  return out;
}

/** The one-word verb a verb and its particle stand for ("broke", "out": "start"), or null. */
export function phrasalVerb(verb: string, particle: string): string | null {
  return BY_PAIR.get(`${verb.toLowerCase()} ${particle.toLowerCase()}`) ?? null;
}

/** The one-word verbs the verb-and-particle pairs of lower-case words stand for: "fire broke out" → start. */
export function phrasalVerbsIn(words: readonly string[]): string[] {
  const found: string[] = [];
  for (let i = 1; i < words.length; i++) {
    const standsFor = BY_PAIR.get(`${words[i - 1]} ${words[i]}`);
    if (standsFor) found.push(standsFor);
  }
  return found;
}

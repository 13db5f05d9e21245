/**
 * English function words: they carry grammar, not topic, so similarity and retrieval ignore them.
 * Lower case, apostrophes as typed straight ('). Contractions are listed whole and by their parts.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against ago all almost along already also although always am among an and another any ' +
    'anyone anything are around as at away be became because become been before being below between both but by ' +
    'can cannot could did do does doing done down during each either else enough even ever every few for from ' +
    'further had has have having he her here hers herself him himself his how however i if in into is it its itself ' +
    'just least less let like many may me might more most much must my myself neither no nor not now of off often ' +
    'on once one only onto or other others otherwise our ours ourselves out over own per perhaps quite rather same ' +
    'several shall she should since so some such than that the their theirs them themselves then there these they ' +
    'this those though through thus till to too toward towards under until up upon us very via was we well were what ' +
    'whatever when whenever where whereas whether which while who whoever whom whose why will with within without ' +
    'would yet you your yours yourself yourselves ' +
    "aren't can't couldn't didn't doesn't don't hadn't hasn't haven't he'd he'll he's i'd i'll i'm i've isn't it's " +
    "let's shan't she'd she'll she's shouldn't that's there's they'd they'll they're they've wasn't we'd we'll we're " +
    "we've weren't what's who's won't wouldn't you'd you'll you're you've " +
    's t d ll m re ve n'
  ).split(' '),
);

/** True for a function word; expects a lower-cased word. Curly apostrophes count as straight ones. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word.includes('’') ? word.replace(/’/g, "'") : word);
}

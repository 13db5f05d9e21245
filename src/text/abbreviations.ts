/** Titles before a name: their full stop belongs to the name ("Dr. Smith"), never ends a sentence. */
export const NAME_TITLES: ReadonlySet<string> = new Set(
  'mr mrs ms dr prof sr jr st mt gen col lt sgt capt cmdr adm gov sen rep rev fr hon pres supt'.split(' '),
);

/** Lower-cased words that take a full stop without ending a sentence: titles, company forms, months, days, initials. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...NAME_TITLES,
  ...(
    'inc corp ltd co bros no nos vs etc al approx dept est fig jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'mon tue tues wed thu thur thurs fri sat sun e.g i.e a.m p.m u.s u.k u.n e.u u.s.a d.c n.y'
  ).split(' '),
]);

/** Words whose full stop stays with the name they are part of: titles, company forms and "No." before a number. */
export const NAME_ABBREVIATIONS: ReadonlySet<string> = new Set([...NAME_TITLES, 'inc', 'corp', 'ltd', 'co', 'no', 'vs']);

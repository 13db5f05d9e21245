/**
 * Short forms written for the same word in news and chat, folded to the full word on both sides of the
 * index, so "Dec" finds "December", "phone" finds "telephone" and "mln dlrs" finds "million dollars".
 * Only forms with one reading: "mar" and "may" are ordinary words too and stay as they are.
 */
export const SHORT_FORMS: ReadonlyMap<string, string> = new Map(
  (
    'jan:january feb:february apr:april jun:june jul:july aug:august sep:september sept:september oct:october ' +
    'nov:november dec:december mon:monday tue:tuesday tues:tuesday wed:wednesday thu:thursday thur:thursday ' +
    'thurs:thursday fri:friday sat:saturday sun:sunday ' +
    'phone:telephone phones:telephones tv:television govt:government gov:government dept:department intl:international ' +
    'mln:million mn:million bln:billion bn:billion dlr:dollar dlrs:dollars pct:percent approx:approximately ' +
    'min:minute mins:minutes hr:hour hrs:hours yr:year yrs:years wk:week wks:weeks info:information pres:president ' +
    'lab:laboratory labs:laboratories exec:executive execs:executives uni:university corp:corporation mgr:manager ' +
    'admin:administration biz:business ceo:executive ceos:executives'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/** Chat spellings, folded only as typed in lower case: "Wat" may be a name. */
export const CHAT_FORMS: ReadonlyMap<string, string> = new Map(
  'wat:what wut:what abt:about bcuz:because cuz:because any1:anyone some1:someone every1:everyone no1:nobody ppl:people'.split(' ').map((pair) => pair.split(':') as [string, string]),
);

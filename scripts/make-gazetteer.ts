/**
 * Writes src/text/gazetteer/countries.json from the `world-countries` data set (mledoze/countries,
 * ODbL 1.0): every independent country's English names, capitals and demonyms. Run it when that data
 * set is updated: `npx tsx scripts/make-gazetteer.ts`. The output is committed, so the product needs
 * no download and no large dependency at run time.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

interface WorldCountry {
  name: { common: string; official: string };
  independent: boolean;
  capital: string[];
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
}

/**
 * Codes are matched only in capitals. Two-letter ISO codes are mostly not how news names a country (and
 * several are words in capitals: IN, IT, NO), so only the two that news does use are kept.
 */
const isCode = (alt: string) => /^[A-Z]{2,4}$/.test(alt);
const NEWS_TWO_LETTER_CODES = new Set(['US', 'UK']);

const require = createRequire(import.meta.url);
const countries = require('world-countries') as WorldCountry[];

const rows = countries
  .filter((c) => c.independent)
  .map((c) => {
    const aliases = new Set<string>([c.name.official]);
    for (const alt of c.altSpellings) {
      if (isCode(alt) ? alt.length > 2 || NEWS_TWO_LETTER_CODES.has(alt) : /^[\p{Lu}][\p{L} .'-]+$/u.test(alt)) aliases.add(alt);
    }
    aliases.delete(c.name.common);
    const demonyms = new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => Boolean(d)));
    return {
      name: c.name.common,
      aliases: [...aliases],
      capitals: c.capital.map((capital) => capital.replace(/,?\s*D\.C\.$/, '')),
      demonyms: [...demonyms],
    };
  })
  .sort((a, b) => a.name.localeCompare(b.name));

const out = fileURLToPath(new URL('../src/text/gazetteer/countries.json', import.meta.url));
writeFileSync(out, `${JSON.stringify(rows, null, 1)}\n`);
console.log(`${rows.length} countries written to ${out}`);

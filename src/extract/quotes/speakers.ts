import { FUNCTION_WORDS, ROLE_SYNONYMS } from '../../text/phrases.js';
import { ListCache } from '../list-cache.js';
import { NameIndex } from '../people/name-index.js';
import type { QuoteKind, Speaker, SpeakerKind } from '../types.js';

/**
 * Canonical speakers across the corpus. A person is keyed by their plain name without initials
 * ("anna lindqvist"); a surname alone ("~lindqvist") joins the full name the corpus uses most with that word. An
 * institution is keyed by its name without "the". Display names: a person's fullest plain name
 * ("Anna Lindqvist", "Tomas J. Halvorsen"); an institution's name as the articles write it, with "The" when
 * they use "the", first letter capitalised ("The Foreign Ministry", "The Town Hall", "Valmora",
 * "the mayor's office"); an unnamed source its description, first letter capitalised.
 */

export interface SpeakerRef {
  key: string;
  kind: SpeakerKind;
  /** The display form this mention offers ("Anna Lindqvist", "The Foreign Ministry"). */
  name: string;
}

interface Entry {
  kind: SpeakerKind;
  names: Map<string, number>;
  aliases: Set<string>;
  roles: Set<string>;
  counts: Record<QuoteKind, number>;
  files: Set<string>;
}

export function personKey(name: string): string {
  const words = name
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => !/^\p{L}\.$/u.test(w) && !/^(jr\.?|sr\.?|ii|iii|iv)$/.test(w));
  return words.length > 1 ? words.join(' ') : `~${words[0] ?? ''}`;
}

export function institutionKey(name: string): string {
  return `org:${name.toLowerCase().replace(/^the\s+/, '').replace(/['’]/g, "'")}`;
}

export function unnamedKey(description: string): string {
  return `unnamed:${description.toLowerCase().replace(/['’]/g, "'")}`;
}

export class SpeakerBook {
  private readonly entries = new Map<string, Entry>();
  /** Every person the corpus names, with how often and how: what a bare surname may stand for. */
  private readonly named = new Map<string, { count: number; names: Map<string, number> }>();

  noteName(ref: SpeakerRef): void {
    const seen = this.named.get(ref.key) ?? { count: 0, names: new Map<string, number>() };
    seen.count++;
    seen.names.set(ref.name, (seen.names.get(ref.name) ?? 0) + 1);
    this.named.set(ref.key, seen);
  }

  add(ref: SpeakerRef, alias: string | null, role: string | null, kind: QuoteKind | null, file: string): void {
    const entry = this.entry(ref);
    entry.names.set(ref.name, (entry.names.get(ref.name) ?? 0) + 1);
    if (alias && alias !== ref.name) entry.aliases.add(alias);
    // "Its lawyer, Rolf Brenner, said": the possessive opened the sentence, not the role.
    if (role) entry.roles.add(role.replace(/^(Its|Their|His|Her|Our)\s/, (word) => word.toLowerCase()));
    if (kind) {
      entry.counts[kind]++;
      entry.files.add(file);
    }
  }

  private entry(ref: SpeakerRef): Entry {
    let entry = this.entries.get(ref.key);
    if (!entry) {
      entry = { kind: ref.kind, names: new Map(), aliases: new Set(), roles: new Set(), counts: { quote: 0, fragment: 0, statement: 0 }, files: new Set() };
      this.entries.set(ref.key, entry);
    }
    return entry;
  }

  /** The speakers, and each key's final speaker id (a bare surname maps to its full name's id). */
  finish(): { speakers: Speaker[]; idOf: Map<string, string>; nameOf: Map<string, string> } {
    const fullNames = this.fullNamesByWord();
    const groups = new Map<string, string[]>();
    for (const key of [...this.entries.keys()]) {
      const target = key.startsWith('~') ? fullNames.get(key.slice(1)) ?? key : key;
      if (!this.entries.has(target)) this.adopt(target);
      groups.set(target, [...(groups.get(target) ?? []), key]);
    }

    const idOf = new Map<string, string>();
    const nameOf = new Map<string, string>();
    const speakers: Speaker[] = [];
    const used = new Set<string>();
    for (const target of [...groups.keys()].sort()) {
      const keys = groups.get(target)!;
      const entries = keys.map((k) => this.entries.get(k)!);
      const names = new Map<string, number>();
      for (const e of entries) for (const [n, c] of e.names) names.set(n, (names.get(n) ?? 0) + c);
      const name = displayName(names);
      let id = slug(name);
      for (let n = 2; used.has(id); n++) id = `${slug(name)}-${n}`;
      used.add(id);
      const aliases = new Set<string>();
      for (const e of entries) {
        for (const n of e.names.keys()) aliases.add(n);
        for (const a of e.aliases) aliases.add(a);
      }
      for (const alias of aliases) if (alias.toLowerCase() === name.toLowerCase()) aliases.delete(alias);
      const counts: Record<QuoteKind, number> = { quote: 0, fragment: 0, statement: 0 };
      for (const e of entries) for (const k of Object.keys(counts) as QuoteKind[]) counts[k] += e.counts[k];
      speakers.push({
        id,
        name,
        kind: entries[0]!.kind,
        aliases: [...aliases].sort(),
        roles: dedupe(entries.flatMap((e) => [...e.roles])),
        counts,
        files: [...new Set(entries.flatMap((e) => [...e.files]))].sort(),
      });
      for (const key of keys) {
        idOf.set(key, id);
        nameOf.set(key, name);
      }
    }
    speakers.sort((a, b) => total(b) - total(a) || a.name.localeCompare(b.name));
    return { speakers: speakers.filter((s) => total(s) > 0), idOf, nameOf };
  }

  /**
   * For each word that ends (or, less surely, starts) a full name in the corpus, the full name it most
   * often belongs to: a bare "Lindqvist" means Anna Lindqvist.
   */
  private fullNamesByWord(): Map<string, string> {
    const best = new Map<string, { key: string; weight: number }>();
    const offer = (word: string, key: string, weight: number) => {
      const current = best.get(word);
      if (!current || weight > current.weight || (weight === current.weight && key < current.key)) best.set(word, { key, weight });
    };
    for (const [key, seen] of this.named) {
      if (key.startsWith('~')) continue;
      const words = key.split(' ');
      offer(words[words.length - 1]!, key, seen.count * 2);
      offer(words[0]!, key, seen.count);
    }
    return new Map([...best].map(([word, { key }]) => [word, key]));
  }

  /** A full name only ever quoted by its surname still gets an entry, named as the corpus writes it. */
  private adopt(key: string): void {
    const entry = this.entry({ key, kind: 'person', name: '' });
    for (const [name, count] of this.named.get(key)?.names ?? []) entry.names.set(name, count);
  }
}

function total(s: Speaker): number {
  return s.counts.quote + s.counts.fragment + s.counts.statement;
}

/** The fullest form (most words), then the most frequent, then alphabetical. */
function displayName(names: Map<string, number>): string {
  const ranked = [...names].sort(([a, ca], [b, cb]) => b.split(' ').length - a.split(' ').length || cb - ca || a.localeCompare(b));
  return ranked[0]![0];
}

function dedupe(values: string[]): string[] {
  const seen = new Map<string, string>();
  for (const v of values) {
    const k = v.toLowerCase();
    if (!seen.has(k)) seen.set(k, v);
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}

export function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/['’]/g, '')
      .replace(/[^a-z0-9\p{L}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'speaker'
  );
}

/** Content words of a role or description, folded: "ex-president" → former, presi; "assistant" → aide. */
export function roleWords(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 1 && !FUNCTION_WORDS.has(w))
    .map((w) => (ROLE_SYNONYMS.get(w) ?? w).slice(0, 5));
}

function normalise(name: string): string {
  return name
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the\s+/, '');
}

/**
 * The speaker a user means: exact name or alias first, then every word of the query in a name
 * ("lindqvist"), then names within a small spelling distance ("okafr"). Ties go to the speaker quoted most.
 */
export function findSpeaker(speakers: readonly Speaker[], name: string): Speaker | null {
  return speakerIndexes.of(speakers).find(name);
}

/** The speaker lists before and after an article was added or removed: the new list's index is the old one's, updated. */
export function carrySpeakerIndex(previous: readonly Speaker[], next: readonly Speaker[]): void {
  speakerIndexes.carry(previous, next);
}

const speakerIndexes = new ListCache<Speaker, NameIndex<Speaker>>(
  (speakers) => new NameIndex(speakers, (s) => [s.name, ...s.aliases], total, normalise),
  (index, changes) => index.apply(changes),
);


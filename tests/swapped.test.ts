import { join } from 'node:path';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { swapsModifier } from '../src/answer/swapped.js';
import { Dossier } from '../src/answer/dossier.js';
import { normalizeTerm } from '../src/text/analyzer.js';

/** The terms of a passage, as the typed route hands them over. */
function terms(text: string): Set<string | null> {
  return new Set(text.split(/[^\p{L}\p{N}-]+/u).filter(Boolean).map((word) => normalizeTerm(word)));
}

function swaps(question: string, sentence: string, answer: { start: number; end: number } | null = null): boolean {
  return swapsModifier(question, sentence, terms(sentence), new Map(), answer);
}

describe('a question that gives a noun another modifier than its sentence', () => {
  it('asks about another thing of that kind', () => {
    expect(swaps('Who governed the northern district?', 'The central district was governed by the harbour board.')).toBe(true);
    expect(swaps('Who confirmed the discovery of mechanical heat?', 'Lund confirmed the discovery of latent heat.')).toBe(true);
    // another ordinal, though the passage says "first" elsewhere
    const quays = 'The first ferry left at dawn. Lund built a second quay at Vessby.';
    expect(swapsModifier('Where did Lund build the first quay?', 'Lund built a second quay at Vessby.', terms(quays), new Map(), null)).toBe(true);
    expect(swapsModifier('Where did Lund build the second quay?', 'Lund built a second quay at Vessby.', terms(quays), new Map(), null)).toBe(false);
    // "last" and "final" are one place in the series; "last" and "first" are not
    const rounds = 'The union met the ministry again. They agreed after a final round of talks that lasted nine hours.';
    expect(swapsModifier('How long did the last round of talks go on?', 'They agreed after a final round of talks that lasted nine hours.', terms(rounds), new Map(), null)).toBe(false);
    expect(swapsModifier('How long did the first round of talks go on?', 'They agreed after a final round of talks that lasted nine hours.', terms(rounds), new Map(), null)).toBe(true);
    // a modifier that denies the sentence's
    expect(swaps('When was the non-Harbour Party founded?', 'The Harbour Party was founded in 1928.')).toBe(true);
  });

  it('asks about the same thing when the modifiers may say the same', () => {
    expect(swaps('Who governed the central district?', 'The central district was governed by the harbour board.')).toBe(false);
    // adjectives of like sense, by WordNet
    expect(swaps('What is the main advantage of the hull?', 'The principal advantage of the hull is its weight.')).toBe(false);
    expect(swaps('What is the exact definition of a berth?', 'A precise definition of a berth was agreed.')).toBe(false);
    // a slip of the keyboard
    expect(swaps('When was the Vessmark Treaty signed?', 'The Vesmark Treaty was signed in 1992.')).toBe(false);
    // the question names the sentence's modifier elsewhere
    expect(swaps('What is the usual source of heat for the boiler?', 'The heat source of the boiler is burning coal.')).toBe(false);
  });

  it('takes a modifier where the short answer stands for what was asked', () => {
    const sentence = 'Lund led the Sakya sect for a decade.';
    const at = sentence.indexOf('Sakya');
    expect(swaps('What was the favourite sect of Lund?', sentence)).toBe(true);
    expect(swaps('What was the favourite sect of Lund?', sentence, { start: at, end: at + 'Sakya sect'.length })).toBe(false);
  });

  it('keeps a question that adds a modifier its passage uses elsewhere', () => {
    const passage = terms('The northern ferry runs daily. The central district was governed by the harbour board.');
    expect(swapsModifier('Who governed the northern district?', 'The central district was governed by the harbour board.', passage, new Map(), null)).toBe(false);
  });
});

describe('answers about a thing the articles do not report', () => {
  it('declines the swapped question and answers its twin', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dossier-swapped-'));
    try {
      await writeFile(
        join(dir, 'districts.txt'),
        'How the districts are run\n\nThe central district of Norvik was governed by the harbour board until 1990. The board met every month in the old customs house. The principal advantage of the new hull is its low weight, the shipyard said.\n',
      );
      const dossier = await Dossier.open({ articlesDir: dir, cacheDir: null });
      expect(dossier.ask('Who governed the central district of Norvik?').answer).toMatch(/harbour board/);
      expect(dossier.ask('Who governed the northern district of Norvik?').answer).toBeNull();
      expect(dossier.ask('What is the main advantage of the new hull?').answer).toMatch(/low weight/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

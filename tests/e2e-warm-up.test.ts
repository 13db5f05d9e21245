/**
 * End to end: opening the articles does not load WordNet or the part-of-speech model (a large article's
 * build keeps every core busy, and a one-off question may need neither); the bot loads both once it is
 * logged in, so that its first question does not wait for them. Test files share loaded modules, so this
 * one imports them afresh.
 */
import { afterAll, expect, it, vi } from 'vitest';

let stop: () => Promise<void> = async () => {};

afterAll(() => stop());

it('opening loads no lexical resource; the started bot has both', async () => {
  vi.resetModules();
  const { synonymResources } = await import('../src/text/synonyms.js');
  const { taggerResources } = await import('../src/text/pos.js');
  const { openDossier, startSuite, stopSuite } = await import('./helpers/bot-harness.js');

  await openDossier();
  expect(synonymResources()).toBeNull();
  expect(taggerResources()).toBeNull();

  const suite = await startSuite();
  stop = () => stopSuite(suite);
  expect(synonymResources()?.bytes).toBeGreaterThan(1_000_000);
  expect(taggerResources()?.ms).toBeGreaterThan(0);
});

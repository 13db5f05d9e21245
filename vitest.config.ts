import { defineConfig } from 'vitest/config';

/** Tests that drive the bot against the fake Discord, in this process or in child processes. */
const END_TO_END = ['tests/e2e-*.test.ts', 'tests/fake-discord.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    // One worker a core: left to itself vitest keeps a core free, and runs the suite on one.
    maxWorkers: 2,
    hookTimeout: 20_000,
    // One scratch folder per run for every test's temporary files, removed at the end; one snapshot of
    // the default articles that the process and shard tests load instead of each building their own.
    globalSetup: ['tests/helpers/global-setup.ts'],
    projects: [
      // Test files share their workers' loaded modules: loading the whole source tree afresh for each file
      // cost more than the tests themselves. A file that changes the environment restores it when done.
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: END_TO_END, isolate: false } },
      { extends: true, test: { name: 'e2e', include: END_TO_END, isolate: false } },
    ],
  },
});

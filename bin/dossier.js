#!/usr/bin/env node
// Launcher: runs the compiled program (built by `npm install` through the `prepare` script).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  console.error('dossier: the program is not built yet. Run "npm install" (or "npm run build") in the project folder first.');
  process.exit(1);
}
const { main } = await import(entry.href);
await main();

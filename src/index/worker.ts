import { Worker } from 'node:worker_threads';

/**
 * A worker thread running one of this folder's entry modules (`name` without extension). Run from
 * source (tests), the worker registers tsx first; compiled, it runs the .js file.
 */
export function startWorker(name: string, workerData: unknown): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(`./${name}${fromSource ? '.ts' : '.js'}`, import.meta.url);
  return fromSource
    ? new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); })`, {
        eval: true,
        workerData,
      })
    : new Worker(entry, { workerData });
}

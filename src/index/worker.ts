import { Worker } from 'node:worker_threads';

/** This folder's worker entry modules. Each takes its input in its first message. */
export type WorkerName = 'quotes-worker' | 'side-worker' | 'trial-worker';

/**
 * A worker thread running one of this folder's entry modules. Run from source (tests), the worker
 * registers tsx first; compiled, it runs the .js file.
 */
export function startWorker(name: WorkerName): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(`./${name}${fromSource ? '.ts' : '.js'}`, import.meta.url);
  return fromSource
    ? new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); })`, { eval: true })
    : new Worker(entry);
}

/**
 * Workers started ahead of their input: loading a worker's modules takes a fraction of a second, which
 * the corpus cleaning, on this thread, leaves the second core free for. Each is handed out once; those
 * never asked for are stopped by `release`.
 */
export class WarmWorkers {
  private readonly waiting = new Map<WorkerName, { worker: Worker; exited: boolean }>();

  constructor(names: readonly WorkerName[]) {
    for (const name of names) {
      const entry = { worker: startWorker(name), exited: false };
      // A worker that fails before it is asked for is replaced then; its error must not go unheard.
      entry.worker.on('error', () => {});
      entry.worker.once('exit', () => (entry.exited = true));
      this.waiting.set(name, entry);
    }
  }

  /** A worker running `name`, given `input`: the one started ahead when it is still alive, else a new one. */
  take(name: WorkerName, input: unknown): Worker {
    const entry = this.waiting.get(name);
    this.waiting.delete(name);
    const worker = entry && !entry.exited ? entry.worker : startWorker(name);
    worker.postMessage(input);
    return worker;
  }

  async release(): Promise<void> {
    const left = [...this.waiting.values()];
    this.waiting.clear();
    await Promise.all(left.map(({ worker }) => worker.terminate()));
  }
}

/** A worker running `name`, given `input`: the warm one when there is one. */
export function workerWith(name: WorkerName, input: unknown, warm?: WarmWorkers): Worker {
  if (warm) return warm.take(name, input);
  const worker = startWorker(name);
  worker.postMessage(input);
  return worker;
}

import { Worker, type TransferListItem } from 'node:worker_threads';
import type { TimelineEntry } from '../extract/types.js';
import { Later, laterChannel, type LaterOptions } from './later.js';
import type { SideInput } from './side-build.js';
import type { SideWorkerInput } from './side-worker.js';

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

  /** A worker running `name`, given `input` (with the ports it moves): the one started ahead when it is still alive, else a new one. */
  take(name: WorkerName, input: unknown, transfer: readonly TransferListItem[] = []): Worker {
    const entry = this.waiting.get(name);
    this.waiting.delete(name);
    const worker = entry && !entry.exited ? entry.worker : startWorker(name);
    worker.postMessage(input, transfer);
    return worker;
  }

  async release(): Promise<void> {
    const left = [...this.waiting.values()];
    this.waiting.clear();
    await Promise.all(left.map(({ worker }) => worker.terminate()));
  }
}

/** A worker running `name`, given `input` (with the ports it moves): the warm one when there is one. */
export function workerWith(name: WorkerName, input: unknown, warm?: WarmWorkers, transfer: readonly TransferListItem[] = []): Worker {
  if (warm) return warm.take(name, input, transfer);
  const worker = startWorker(name);
  worker.postMessage(input, transfer);
  return worker;
}

/** The side-facts worker: its first message is the side facts (see side-worker.ts); the timeline comes after, as a Later. */
export interface SideWorker {
  worker: Worker;
  timeline: Later<TimelineEntry[]>;
}

/** Start the side-facts worker on `input`; it stops once the timeline is settled (or when the caller stops it first). */
export function startSideWorker(input: SideInput, warm: WarmWorkers | undefined, timeline: LaterOptions<TimelineEntry[]>): SideWorker {
  const channel = laterChannel();
  const message: SideWorkerInput = { input, timeline: { port: channel.there, signal: channel.signal } };
  const worker = workerWith('side-worker', message, warm, [channel.there]);
  const settled = (ms: number | null) => {
    void worker.terminate();
    timeline.onSettled?.(ms);
  };
  return { worker, timeline: new Later(channel.here, channel.signal, { ...timeline, onSettled: settled }) };
}

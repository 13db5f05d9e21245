import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { Later, laterChannel } from '../src/index/later.js';

const LATER_MODULE = new URL('../src/index/later.ts', import.meta.url).href;

/**
 * A worker that waits for `go` (a message), then sends `value` with sendLater; or throws instead of
 * computing it; or never sends.
 */
function laterWorker(behaviour: 'send' | 'throw' | 'never', value: unknown = null): { worker: Worker; later: (options: ConstructorParameters<typeof Later>[2]) => Later<unknown> } {
  const channel = laterChannel();
  const worker = new Worker(
    `const { parentPort } = require('node:worker_threads');
     parentPort.once('message', async ({ port, signal, behaviour, value }) => {
       const { register } = await import('tsx/esm/api');
       register();
       const { sendLater } = await import(${JSON.stringify(LATER_MODULE)});
       parentPort.once('message', () => {
         if (behaviour === 'never') return;
         sendLater(port, signal, () => {
           if (behaviour === 'throw') throw new Error('the events could not be read');
           return value;
         });
       });
       parentPort.postMessage('ready');
     });`,
    { eval: true },
  );
  workers.push(worker);
  worker.postMessage({ port: channel.there, signal: channel.signal, behaviour, value }, [channel.there]);
  return { worker, later: (options) => new Later(channel.here, channel.signal, options) };
}

const workers: Worker[] = [];
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.terminate()));
});

const ready = (worker: Worker) => new Promise((resolve) => worker.once('message', resolve));

describe('Later', () => {
  it('gives the worker’s result to a synchronous read, waiting for it, and says how long it took', async () => {
    const { worker, later } = laterWorker('send', [{ title: 'The bridge reopened' }]);
    await ready(worker);
    const settled: (number | null)[] = [];
    const result = later({ late: () => [], onSettled: (ms) => settled.push(ms) });
    worker.postMessage('go');
    // No await between the go and the read: the read itself waits for the worker.
    expect(result.value).toEqual([{ title: 'The bridge reopened' }]);
    expect(settled).toHaveLength(1);
    expect(settled[0]).toBeGreaterThanOrEqual(0);
    await result.settled();
    expect(result.value).toEqual([{ title: 'The bridge reopened' }]);
  }, 30_000);

  it('resolves settled() when the result comes, without anyone reading it', async () => {
    const { worker, later } = laterWorker('send', 42);
    await ready(worker);
    let lateCalls = 0;
    const result = later({ late: () => (lateCalls++, 0) });
    worker.postMessage('go');
    await result.settled();
    expect(result.value).toBe(42);
    expect(lateCalls).toBe(0);
  }, 30_000);

  it('gives the late value, told why, when the worker sends an error instead', async () => {
    const { worker, later } = laterWorker('throw');
    await ready(worker);
    const reasons: string[] = [];
    const settled: (number | null)[] = [];
    const result = later({ late: (why) => (reasons.push(why), 'none'), onSettled: (ms) => settled.push(ms) });
    worker.postMessage('go');
    expect(result.value).toBe('none');
    expect(reasons).toEqual(['the events could not be read']);
    expect(settled).toEqual([null]);
  }, 30_000);

  it('gives the late value once the deadline has passed, to a read and to settled()', async () => {
    const { worker, later } = laterWorker('never');
    await ready(worker);
    const reasons: string[] = [];
    const read = later({ deadline: performance.now() + 50, late: (why) => (reasons.push(why), 'none') });
    worker.postMessage('go');
    expect(read.value).toBe('none');
    expect(reasons).toEqual(['it was not done within the time budget']);

    const { worker: other, later: otherLater } = laterWorker('never');
    await ready(other);
    const awaited = otherLater({ deadline: performance.now() + 50, late: () => 'none' });
    await awaited.settled();
    expect(awaited.value).toBe('none');
  }, 30_000);
});

import { MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';

/**
 * What a worker thread sends after its first result: an answer that does not need it goes out without
 * waiting for it. It is read when first needed, waiting for it then, synchronously, as answers are
 * computed; or awaited. The worker posts it on `port` and then raises `signal` (see `sendLater`).
 */
export class Later<T> {
  private result: { value: T } | null = null;
  private readonly arrived: Promise<void>;
  private resolveArrived!: () => void;
  private waiting = 0;

  private readonly deadline: number;
  private readonly late: (why: string) => T;
  private readonly onSettled: (ms: number | null) => void;

  constructor(
    private readonly port: MessagePort,
    private readonly signal: Int32Array,
    options: LaterOptions<T>,
  ) {
    this.deadline = options.deadline ?? Infinity;
    this.late = options.late;
    this.onSettled = options.onSettled ?? (() => {});
    this.arrived = new Promise((resolve) => (this.resolveArrived = resolve));
    port.once('message', (message: LaterMessage<T>) => this.accept(message));
    // Nothing keeps the process alive for it but someone awaiting it.
    port.unref();
  }

  /** The result, waited for if it has not come yet. */
  get value(): T {
    if (!this.result) {
      const wait = this.deadline - performance.now();
      if (wait > 0) Atomics.wait(this.signal, 0, 0, wait === Infinity ? undefined : wait);
      this.takeOrGiveUp();
    }
    return this.result!.value;
  }

  /** Resolves once the result has come (or its deadline has passed). */
  async settled(): Promise<void> {
    if (this.result) return;
    if (this.waiting++ === 0) this.port.ref();
    let timer: NodeJS.Timeout | undefined;
    const overdue = new Promise<void>((resolve) => {
      if (this.deadline !== Infinity) timer = setTimeout(resolve, Math.max(0, this.deadline - performance.now()));
    });
    try {
      await Promise.race([this.arrived, overdue]);
    } finally {
      clearTimeout(timer);
      if (--this.waiting === 0) this.port.unref();
    }
    if (!this.result) this.takeOrGiveUp();
  }

  /** The result if it is there, else the late value. */
  private takeOrGiveUp(): void {
    const received = receiveMessageOnPort(this.port) as { message: LaterMessage<T> } | undefined;
    if (received) this.accept(received.message);
    else this.settle(this.late('it was not done within the time budget'));
  }

  private accept(message: LaterMessage<T>): void {
    if (this.result) return;
    if ('error' in message) this.settle(this.late(message.error), null);
    else this.settle(message.value, message.ms);
  }

  private settle(value: T, ms: number | null = null): void {
    this.result = { value };
    this.port.close();
    this.resolveArrived();
    this.onSettled(ms);
  }
}

export interface LaterOptions<T> {
  /** The performance.now() by which the result must have come (default: none). */
  deadline?: number;
  /** The value when the result is overdue or the worker failed, told why. */
  late: (why: string) => T;
  /** Told once the value is settled: how long the worker took, or null when it did not deliver. */
  onSettled?: (ms: number | null) => void;
}

export type LaterMessage<T> = { value: T; ms: number } | { error: string };

/** The channel a worker sends a Later result on: its end and signal go to the worker, the rest stays here. */
export function laterChannel(): { here: MessagePort; there: MessagePort; signal: Int32Array } {
  const { port1, port2 } = new MessageChannel();
  return { here: port1, there: port2, signal: new Int32Array(new SharedArrayBuffer(4)) };
}

/** In the worker: compute, send the result (or the error) on `port`, then wake a thread waiting on `signal`. */
export function sendLater<T>(port: MessagePort, signal: Int32Array, compute: () => T): void {
  const started = performance.now();
  let message: LaterMessage<T>;
  try {
    message = { value: compute(), ms: performance.now() - started };
  } catch (error) {
    message = { error: (error as Error).message };
  }
  port.postMessage(message);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
}

/**
 * Answers are computed synchronously. When many questions arrive at once, running each as soon as its
 * acknowledgement is sent lets a backlog of answers starve the gateway: a new interaction waits behind
 * them and misses Discord's 3-second window. Work queued here runs one piece per turn of the event
 * loop, after the network has been read, so every acknowledgement goes out within one answer's time.
 */
let queue: Promise<unknown> = Promise.resolve();

export function inTurn<T>(work: () => T): Promise<T> {
  const run = queue.then(
    () =>
      new Promise<T>((resolve, reject) =>
        setImmediate(() => {
          try {
            resolve(work());
          } catch (error) {
            reject(error);
          }
        }),
      ),
  );
  queue = run.catch(() => undefined);
  return run;
}

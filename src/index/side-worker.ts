// A worker thread's entry: the dates, people and summaries of the articles it is sent, then their timeline (see build.ts).
import { parentPort, type MessagePort } from 'node:worker_threads';
import { sendLater } from './later.js';
import { sideFacts, sideTimeline, type SideInput } from './side-build.js';

export interface SideWorkerInput {
  input: SideInput;
  /** Where the timeline goes, after the other facts: see Later. */
  timeline: { port: MessagePort; signal: Int32Array };
}

parentPort!.once('message', ({ input, timeline }: SideWorkerInput) => {
  const facts = sideFacts(input);
  parentPort!.postMessage(facts);
  sendLater(timeline.port, timeline.signal, () => sideTimeline(input.articles, facts));
});

// A worker thread's entry: the dates, timeline, people and summaries of the articles it is sent (see build.ts).
import { parentPort } from 'node:worker_threads';
import { sideFacts, type SideInput } from './side-build.js';

parentPort!.once('message', (input: SideInput) => parentPort!.postMessage(sideFacts(input)));

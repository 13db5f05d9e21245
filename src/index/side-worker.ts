// A worker thread's entry: the dates, timeline, people and summaries of the articles it is given (see build.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { sideFacts } from './side-build.js';

parentPort!.postMessage(sideFacts(workerData));

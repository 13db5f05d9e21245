// A worker thread's entry: the dates and the timeline of the articles it is given (see build.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { datesAndTimeline } from './dates-build.js';

parentPort!.postMessage(datesAndTimeline(workerData));

// A second core for HTML validation: validates the pages it is sent and posts back their errors.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { htmlErrors } from './html-validator.ts';

const files = workerData as string[];
parentPort?.postMessage(files.map((file) => htmlErrors(readFileSync(file, 'utf8'))));

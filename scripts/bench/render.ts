// `node scripts/bench/render.ts`: rewrites bench/RESULTS.md from bench/results.json without measuring again,
// keeping the hand-written notes below the marker.
import { readFileSync, writeFileSync } from 'node:fs';
import { renderResults, type BenchRun } from './report.ts';

const run = JSON.parse(readFileSync('bench/results.json', 'utf8')) as BenchRun;
writeFileSync('bench/RESULTS.md', renderResults(run, readFileSync('bench/RESULTS.md', 'utf8')));

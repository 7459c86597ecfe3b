// `node scripts/bench/render.ts`: rewrites bench/RESULTS.md from bench/results.json without measuring again.
import { readFileSync, writeFileSync } from 'node:fs';
import { renderResults, type Measurement } from './report.ts';

const results = JSON.parse(readFileSync('bench/results.json', 'utf8')) as Measurement[];
writeFileSync('bench/RESULTS.md', renderResults(results));

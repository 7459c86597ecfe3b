import { describe, expect, it } from 'vitest';
import { generateCorpus, toHindi } from '../../../scripts/bench/corpus.ts';
import { notePageMs } from '../../../scripts/bench/exec.ts';
import { budgets, medianTime, type SizeResult } from '../../../scripts/bench/report.ts';
import { sourceHashOf } from '../../../src/lib/content-check/rules/translations.ts';

describe('the bench corpus in Hindi', () => {
  it('turns the words into Devanagari and keeps numbers, Markdown and link targets', () => {
    const hindi = toHindi('## Section 3: rail **corridor 2015**\n\nSee [the next note](/notes/bench-note-00001/).');
    expect(hindi).toMatch(/^## [\u0900-\u097f\s]+3: [\u0900-\u097f]+ \*\*[\u0900-\u097f]+ 2015\*\*/);
    expect(hindi).toContain('](/notes/bench-note-00001/)');
    expect(hindi).not.toMatch(/[A-Za-z](?![^(]*\))/);
  });

  it('translates every note and question, recording the hash of the English it was made from', () => {
    const corpus = generateCorpus(12, { hindi: true });
    const english = [...corpus.keys()].filter((path) => /^(notes|questions)\//.test(path));
    expect(english).toHaveLength(24);
    for (const path of english) {
      const translation = corpus.get(`hi/${path}`);
      expect(translation, path).toBeDefined();
      expect(translation).toContain(`source: "${sourceHashOf(corpus.get(path) ?? '')}"`);
    }
    expect([...generateCorpus(12).keys()].some((path) => path.startsWith('hi/'))).toBe(false);
  });
});

describe('notePageMs', () => {
  it('takes the median of the note pages Astro reports, whatever precedes the tree mark', () => {
    const log = [
      '16:34:10   ├─ /notes/bench-note-00001/index.html (+16ms)',
      '16:34:10   ├─ /notes/bench-note-00002/index.html (+4ms)',
      '  └─ /notes/bench-note-00003/index.html (+1.2s)',
      '16:34:10   ├─ /topics/bench-topic-01/index.html (+900ms)',
      '16:34:10   ├─ /hi/notes/bench-note-00001/index.html (+900ms)',
    ].join('\n');
    expect(notePageMs(log)).toBe(16);
    expect(notePageMs('no pages')).toBeNaN();
  });
});

describe('budgets', () => {
  const size = (times: SizeResult['times']): SizeResult => ({
    notes: 1000,
    runs: 1,
    checkMs: 1000,
    times,
    coldSyncS: [],
    coldRenderingS: [],
    notePageMs: { ours: [3], lean: [2] },
    peakRssBytes: {},
    pages: 10,
    bilingualPages: 20,
    distBytes: 1,
    largestPage: { path: '/', bytes: 1 },
    noteHtmlBytes: 1,
    noteHtmlBrotli: 1,
    noteCssBrotli: 1,
    noteWeight: { total: 40_000, js: 0, fonts: 30_000 },
    starlight: { lean: { pages: 10, noteHtmlBrotli: 1, noteWeight: { total: 100_000, js: 20_000, fonts: 0 } } },
    firstSearchBytes: 100 * 1024,
    firstSearchRequests: 5,
    firstResultsMs: 100,
    warmQueryP95Ms: 10,
    hindiFirstSearchBytes: 160 * 1024,
  });
  const run = (m: SizeResult) => ({ date: '', cores: 2, load: { start: '', end: '' }, command: '', sizes: [m] });

  it('compares a Starlight’s clean and first builds with its cold one, its full build with its warm one', () => {
    const m = size({ ours: { first: [50] }, lean: { cold: [20], warm: [10] } });
    expect(medianTime(m, 'lean', 'first')).toBe(20);
    expect(medianTime(m, 'lean', 'clean')).toBe(20);
    expect(medianTime(m, 'lean', 'full')).toBe(10);
  });

  it('passes and fails each target of the issue against lean Starlight', () => {
    const m = size({
      ours: { cold: [30], clean: [30], warm: [15], first: [50] },
      bilingual: { cold: [60] },
      lean: { cold: [20], warm: [10] },
    });
    const result = Object.fromEntries(budgets(run(m)).map((b) => [b.name, b.pass]));
    expect(result).toMatchObject({
      'cold `astro build` ÷ lean Starlight': true, // 1.5 ×
      'first `npm run build`, no caches ÷ lean Starlight cold': true, // 2.5 ×
      'note page render time ÷ lean Starlight’s': true, // 1.5 ×
      'note page, every byte before interaction ÷ lean Starlight’s': true, // 0.4 ×
      'warm rebuild, one note changed ÷ our clean build': false, // 0.5 ×
      'bilingual cold build (every note translated) ÷ English-only': true, // 2 ×
      'first search on a Hindi page, UI included': false, // 160 kB
    });
  });
});

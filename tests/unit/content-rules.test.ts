import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdownFile } from '../../src/lib/content-check/parse.ts';
import { countWords } from '../../src/lib/reading.ts';

// House rules for the published content that the schemas do not express.
const bodies = (dir: string) =>
  readdirSync(join('content', dir)).map((file) => {
    const parsed = parseMarkdownFile(readFileSync(join('content', dir, file), 'utf8'));
    return [file, countWords(parsed?.body ?? ''), parsed?.data as Record<string, unknown>] as const;
  });

describe('the published notes', () => {
  it.each(bodies('notes'))('%s is between 300 and 1,200 words', (_file, words) => {
    expect(words).toBeGreaterThanOrEqual(300);
    expect(words).toBeLessThanOrEqual(1200);
  });

  it('are twelve, in an unbroken reading order starting with the hub', () => {
    const orders = bodies('notes')
      .map(([, , data]) => data['order'] as number)
      .sort((a, b) => a - b);
    expect(orders).toEqual([...Array(12).keys()]);
  });

  it('the hub carries a timeline from 1949 to 2047 and a key-figures table', () => {
    const hub = bodies('notes').find(([file]) => file === 'india-japan-relations-overview.md')?.[2];
    const years = (hub?.['timeline'] as { year: number }[]).map((e) => e.year);
    expect(Math.min(...years)).toBe(1949);
    expect(Math.max(...years)).toBe(2047);
    expect((hub?.['figures'] as unknown[]).length).toBeGreaterThanOrEqual(8);
  });
});

describe('the topic notes', () => {
  it.each(bodies('topics'))('%s is between 80 and 300 words', (_file, words) => {
    expect(words).toBeGreaterThanOrEqual(80);
    expect(words).toBeLessThanOrEqual(300);
  });
});

describe('the questions', () => {
  it('include the source PYQs and at least ten practice MCQs', () => {
    const files = readdirSync('content/questions');
    expect(files).toContain('pyq-2020-prelims-g20.yaml');
    expect(files).toContain('pyq-2020-mains-quad.yaml');
    expect(files).toContain('practice-mains-dimensions.yaml');
    const mcqs = files.filter((f) => /^kind: practice-mcq$/m.test(readFileSync(join('content/questions', f), 'utf8')));
    expect(mcqs.length).toBeGreaterThanOrEqual(10);
  });
});

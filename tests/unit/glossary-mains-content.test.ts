import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdownFile, parseYamlFile } from '../../src/lib/content-check/parse.ts';
import { glossaryTermSchema } from '../../src/schemas/glossary.ts';
import { mainsSchema } from '../../src/schemas/mains.ts';

// House rules for the published glossary and mains pages that the schemas do not express.
const glossary = glossaryTermSchema.array().parse(parseYamlFile(readFileSync('content/glossary.yaml', 'utf8')).data);
const topicIds = readdirSync('content/topics').map((file) => file.replace(/\.md$/, ''));
const mains = readdirSync('content/mains').map((file) => {
  const parsed = parseMarkdownFile(readFileSync(join('content/mains', file), 'utf8'));
  return [file, mainsSchema.parse(parsed?.data)] as const;
});

describe('the glossary', () => {
  it('has at least 120 terms', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(120);
  });

  it.each(topicIds)('has at least one term for the prelims topic %s', (topic) => {
    expect(glossary.filter((term) => term.topic === topic).length).toBeGreaterThan(0);
  });
});

describe('the mains topics', () => {
  it.each(mains)('%s lists at least three exam angles and cites a note for every body dimension', (_file, data) => {
    expect(data.asks.length).toBeGreaterThanOrEqual(3);
    expect(data.framework.body.filter((dimension) => dimension.notes.length === 0)).toEqual([]);
  });
});

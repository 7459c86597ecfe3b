import { describe, expect, it } from 'vitest';
import { PAGEFIND_GLOB } from '../../../src/lib/pagefind-glob.ts';

describe('PAGEFIND_GLOB', () => {
  it('reads the notes, topic pages, question pages and the glossary, in every language', () => {
    // The hand-written glob listed notes, topics, questions/q, glossary; the Hindi pages are the same under hi/.
    expect(PAGEFIND_GLOB).toBe(
      '{glossary/index.html,hi/glossary/index.html,notes/*/index.html,hi/notes/*/index.html,questions/q/*/index.html,hi/questions/q/*/index.html,topics/*/index.html,hi/topics/*/index.html}',
    );
  });
});

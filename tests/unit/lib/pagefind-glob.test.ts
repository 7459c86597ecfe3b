import { describe, expect, it } from 'vitest';
import { PAGEFIND_GLOB } from '../../../src/lib/pagefind-glob.ts';

describe('PAGEFIND_GLOB', () => {
  it('reads the notes, topic pages, question pages and the glossary, as the hand-written glob did', () => {
    // The hand-written glob listed notes, topics, questions/q, glossary; Pagefind writes the same index in any order.
    expect(PAGEFIND_GLOB).toBe('{glossary/index.html,notes/*/index.html,questions/q/*/index.html,topics/*/index.html}');
  });
});

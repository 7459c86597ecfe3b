import { describe, expect, it } from 'vitest';
import { PAGEFIND_GLOB } from '../../../src/lib/pagefind-glob.ts';

describe('PAGEFIND_GLOB', () => {
  it('reads the notes, topic pages, question pages and the glossary, as the hand-written glob did', () => {
    expect(PAGEFIND_GLOB).toBe('{notes/*/index.html,topics/*/index.html,questions/q/*/index.html,glossary/index.html}');
  });
});

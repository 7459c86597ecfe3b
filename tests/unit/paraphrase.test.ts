import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  contentStems,
  paraphrases,
  parseSourceSentences,
  sentences,
  sourceSentenceLines,
  stem,
} from '../../src/lib/content-check/paraphrase.ts';

// An invented source sentence (not the real source material) and the ways a note might restate it.
const SOURCE =
  'Heavy port charges, stringent customs procedures (especially for fisheries and furniture), and slow progress in treaty reform are the major contributing factors.';
const source = parseSourceSentences(sourceSentenceLines(SOURCE).join('\n'));

describe('close paraphrase of a source sentence', () => {
  it.each([
    [
      'synonyms swapped, clause order kept',
      'Heavy port charges, strict customs procedures (above all for fisheries and furniture) and slow progress on reforming the treaty are the main reasons.',
    ],
    ['the sentence copied inside a longer one', `As the ministry admits, ${SOURCE.toLowerCase()} Others disagree.`],
  ])('is reported: %s', (_what, ours) => {
    expect(paraphrases(ours, source)).toHaveLength(1);
  });

  it.each([
    [
      'the fact written afresh',
      'Exporters say the treaty has barely been revised, while fish and furniture face customs checks and port fees that raise costs.',
    ],
    ['a short line sharing a few names', 'Fisheries and furniture: customs procedures.'],
    ['an unrelated sentence', 'The bullet train line is about 508 km long and has 12 stations on its route.'],
  ])('is not reported: %s', (_what, ours) => {
    expect(paraphrases(ours, source)).toEqual([]);
  });

  it('lets a sentence share official names, which cannot be put in other words', () => {
    const named = parseSourceSentences(
      sourceSentenceLines(
        'Agreements on the Maritime Customs Reform Initiative and the Port Charges Equalisation Scheme were signed in 2015 by both ministries.',
      ).join('\n'),
    );
    const ours =
      'In 2015 the two sides concluded the Maritime Customs Reform Initiative and the Port Charges Equalisation Scheme.';
    expect(paraphrases(ours, named)).toEqual([]);
  });

  it('names the line the paraphrase starts on', () => {
    const text = `---\ntitle: A note\n---\n\nIntro line.\n\nHeavy port charges, strict customs procedures (above all for fisheries\nand furniture) and slow progress on reforming the treaty are the main reasons.\n`;
    expect(paraphrases(text, source).map((s) => s.line)).toEqual([7]);
  });
});

describe('sentences', () => {
  it.each([
    ['a wrapped sentence stays whole', 'One long\nsentence here.', ['One long sentence here.']],
    [
      'U.S. does not end a sentence',
      'Ties with the U.S. matter. Next one.',
      ['Ties with the U.S. matter.', 'Next one.'],
    ],
    ['list items never merge', '- first item\n- second item', ['- first item', '- second item']],
    ['a blank line ends a paragraph', 'Para one\n\nPara two', ['Para one', 'Para two']],
    ['YAML keys start afresh', 'title: A\nsummary: B', ['title: A', 'summary: B']],
  ])('%s', (_what, text, expected) => {
    expect(sentences(text).map((s) => s.text)).toEqual(expected);
  });
});

describe('content stems', () => {
  it('drops link targets, stop words and bare numbers', () => {
    expect(contentStems('See [the Act East Policy](/topics/act-east-policy/) of 2014')).toEqual(
      contentStems('See Act East Policy'),
    );
  });

  it.each([
    ['standards', 'standard'],
    ['reforming', 'reform'],
    ["japan's", 'japan'],
    ['bus', 'bus'],
  ])('stems %s as %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it('a sentence always paraphrases itself once it has enough content words', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{5,9}$/), { minLength: 12, maxLength: 30 }), (list) => {
        const text = `${list.join(' ')}.`;
        fc.pre(new Set(contentStems(text)).size >= 12);
        const own = parseSourceSentences(sourceSentenceLines(text).join('\n'));
        expect(paraphrases(text, own)).toHaveLength(1);
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { buildVocabulary, renderedHeadings, renderedText } from '../../../../src/lib/search/vocabulary.ts';

describe('buildVocabulary', () => {
  it.each([
    ['orders words by total weight', [{ text: 'rail rail metro', weight: 1 }], undefined, ['rail', 'metro']],
    [
      'weights a title above body words',
      [
        { text: 'exercise exercise', weight: 1 },
        { text: 'JIMEX', weight: 5 },
      ],
      undefined,
      ['JIMEX', 'exercise'],
    ],
    ['keeps the most frequent spelling of a word', [{ text: 'Japan japan Japan', weight: 1 }], undefined, ['Japan']],
    ['drops words shorter than three letters', [{ text: 'an is of Quad', weight: 1 }], undefined, ['Quad']],
    ['drops digits and splits on them', [{ text: 'G20 2+2 Chandrayaan-5', weight: 1 }], undefined, ['Chandrayaan']],
    ['leaves Hindi words to the glossary', [{ text: 'जापान Japan', weight: 1 }], undefined, ['Japan']],
    [
      'ignores Markdown link targets',
      [{ text: 'the [ACSA](/topics/acsa-pact/) pact', weight: 1 }],
      undefined,
      ['ACSA', 'pact', 'the'],
    ],
    ['keeps at most the limit', [{ text: 'alpha alpha beta gamma', weight: 1 }], 2, ['alpha', 'beta']],
  ])('%s', (_, sources, limit, expected) => {
    expect(buildVocabulary(sources, limit)).toEqual(expected);
  });
});

describe('words of a rendered note', () => {
  const html =
    '<div class="heading-wrap"><h2 id="jimex">JIMEX drills</h2><a href="#jimex"><span aria-hidden="true">#</span>' +
    '<span class="visually-hidden">Link to the section “JIMEX drills”</span></a></div>' +
    '<p>India &amp; Japan <a href="https://example.org/x">sail</a> together.</p><h4>Escorts</h4>';

  it('takes the headings h2–h6, without the anchor text only screen readers hear', () => {
    expect(renderedHeadings(html)).toBe('JIMEX drills Escorts');
  });

  it('gives the vocabulary the words a reader sees: no tags, entities, link targets or hidden labels', () => {
    expect(buildVocabulary([{ text: renderedText(html), weight: 1 }]).sort()).toEqual(
      ['drills', 'Escorts', 'India', 'Japan', 'JIMEX', 'sail', 'together'].sort(),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { WORDS_PER_MINUTE } from '../../../src/lib/constants.ts';
import { countWords, readingMinutes } from '../../../src/lib/reading.ts';

describe('countWords', () => {
  it.each([
    ['an empty body', '', 0],
    ['only white space', ' \n\t \n', 0],
    ['plain words', 'India and Japan signed', 4],
    ['words across lines and blank lines', 'one\ntwo\n\nthree   four', 4],
    ['a heading, without its hashes', '## Trade and investment', 3],
    ['bold and italic text, without the markers', '**Japan** is the _fifth_ largest', 5],
    ['a block quote, without its marker', '> strategic autonomy', 2],
    ['a bullet list, without its markers', '- first item\n- second item\n* third item', 6],
    ['a link, by its text only', 'See the [trade and investment note](/notes/trade-and-investment/).', 6],
    ['an image, by its alt text only', '![Map of the corridor](/img/corridor-map.png)', 4],
    ['inline code, without the backticks', 'Use `npm run pdf` here', 5],
    ['a fenced code block, not at all', 'Before\n```ts\nconst answer = 42;\nconsole.log(answer);\n```\nafter', 2],
    ['two fenced code blocks, not at all', '```\na b c\n```\nmiddle\n```\nd e f\n```', 1],
    ['HTML tags, not at all', '<span class="term">JIMEX</span> <br/>exercise', 2],
    ['a table, by its cells and not its rules', '| FY24 | Value |\n| --- | --- |\n| Exports | USD 5.15 billion |', 6],
    ['strikethrough, without the tildes', '~~withdrawn~~ text', 2],
    ['numbers and figures as words', 'USD 17.69 billion in 2024', 5],
    ['lone dashes and punctuation, not at all', 'India — Japan – ties ; !', 3],
    ['words in other scripts', 'नमस्ते दुनिया 日本', 3],
    ['a horizontal rule, not at all', 'above\n\n---\n\nbelow', 2],
  ])('counts %s', (_what, markdown, expected) => {
    expect(countWords(markdown)).toBe(expected);
  });

  it('counts a realistic note section', () => {
    const section = [
      '## 1. Trade imbalance despite CEPA',
      '',
      '- Even with a **[Comprehensive Economic Partnership Agreement (CEPA)](/topics/cepa/)** in place, trade runs',
      "  heavily in **Japan's favour**.",
    ].join('\n');
    // "1." "Trade" "imbalance" "despite" "CEPA" | "Even" "with" "a" + 5 link words + "(CEPA)" | "in" "place," "trade" "runs"
    // | "heavily" "in" "Japan's" "favour".
    expect(countWords(section)).toBe(5 + 3 + 5 + 4 + 4);
  });
});

describe('readingMinutes', () => {
  it.each([
    [0, 1],
    [1, 1],
    [199, 1],
    [200, 1],
    [201, 2],
    [400, 2],
    [401, 3],
    [1000, 5],
    [2345, 12],
  ])('takes %i words to %i minute(s) at the default speed', (words, minutes) => {
    expect(readingMinutes(words)).toBe(minutes);
  });

  it('reads at 200 words a minute by default', () => {
    expect(WORDS_PER_MINUTE).toBe(200);
    expect(readingMinutes(WORDS_PER_MINUTE * 7)).toBe(7);
    expect(readingMinutes(WORDS_PER_MINUTE * 7 + 1)).toBe(8);
  });

  it.each([
    [250, 100, 3],
    [300, 100, 3],
    [300, 300, 1],
    [50, 1000, 1],
  ])('takes %i words at %i words a minute to %i minute(s), rounded up', (words, speed, minutes) => {
    expect(readingMinutes(words, speed)).toBe(minutes);
  });

  it('never says less than one minute, even for a negative count', () => {
    expect(readingMinutes(-10)).toBe(1);
  });

  it('works straight from countWords', () => {
    expect(readingMinutes(countWords('word '.repeat(450)))).toBe(3);
  });
});

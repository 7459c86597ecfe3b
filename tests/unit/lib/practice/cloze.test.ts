import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cloze } from '../../../../src/lib/practice/cloze.ts';

describe('cloze: what a flashcard asks', () => {
  it.each([
    ['ACSA was signed in 2020.', '2020'],
    ['2+2 caution: official 2+2 talks since 2010; ministerial 2+2 began in November 2019.', '2010'],
    ['FY 2023-24: trade of USD 22.8 billion.', '2023'],
    ['Japan pledged 10,000 trainees over five years.', '10,000'],
    ['Share of exports: 2.5% of the total.', '2.5%'],
    ['JIMEX (नौसेना, जून 2012 से); मालाबार', '2012'],
    ['Human resources: 500,000+ people both ways in five years.', '500,000+'],
    ['FY24 gap: India bought USD 17.69 billion.', '17.69'],
    ['G20 and G4 members: 12 of them.', '12'],
    ['DRDO–ATLA: 2018, technical talks; UNICORN mast MoI, 15 Nov 2024.', '2018'],
    ['2023, two separate steps (second round: 20 Nov 2024).', '2023'],
    ['Trade of 2,0231 units in 2024.', '2024'],
  ])('blanks the first year, else the first figure: %s', (line, answer) => {
    expect(cloze(line)?.answer).toBe(answer);
  });

  it('asks nothing of a line without a year or a figure (a lone digit or 2+2 is not one)', () => {
    expect(cloze('The Quad is not a military alliance.')).toBeUndefined();
    expect(cloze('2+2 dialogue at minister level.')).toBeUndefined();
    expect(cloze('Phase 1 of the corridor.')).toBeUndefined();
  });

  it('cuts the line without losing a character', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('1', '9', '2', '0', ',', '.', '%', '+', ' ', 'a', 'क') }),
        (line) => {
          const c = cloze(line);
          if (c) expect(c.before + c.answer + c.after).toBe(line);
        },
      ),
    );
  });
});

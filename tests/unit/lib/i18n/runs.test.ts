import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textRuns } from '../../../../src/lib/i18n/runs.ts';

describe('textRuns', () => {
  it('marks an English name inside Hindi, and nothing else', () => {
    expect(textRuns('सुरक्षा सहयोग पर संयुक्त घोषणा (Joint Declaration on Security Cooperation), 2025')).toEqual([
      { text: 'सुरक्षा सहयोग पर संयुक्त घोषणा (', english: false },
      { text: 'Joint Declaration on Security Cooperation', english: true },
      { text: '), 2025', english: false },
    ]);
  });

  it('leaves acronyms, numbers and formulas to the sentence around them', () => {
    for (const text of ['ACSA 2020 में', 'ODA और JICA', '2+2 वार्ता', 'US-2 विमान', 'MoI पर हस्ताक्षर'])
      expect(textRuns(text)).toEqual([{ text, english: false }]);
  });

  it('gives one run for text with no English, and keeps empty text as it is', () => {
    expect(textRuns('भारत-जापान संबंध')).toEqual([{ text: 'भारत-जापान संबंध', english: false }]);
    expect(textRuns('')).toEqual([{ text: '', english: false }]);
  });

  it('loses no character and never leaves two plain runs side by side', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', ' ', 'क', '2', '(', '-', 'ा', 'x') }), (text) => {
        const runs = textRuns(text);
        expect(runs.map((run) => run.text).join('')).toBe(text);
        runs.forEach((run, i) => {
          if (i > 0) expect(run.english || runs[i - 1]?.english).toBe(true);
          if (run.english) expect(run.text).toMatch(/[a-z]{2}/);
        });
      }),
    );
  });
});

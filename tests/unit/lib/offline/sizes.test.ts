import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../../src/lib/offline/sizes.ts';

describe('formatBytes', () => {
  it.each([
    [0, 'en', '0 kB'],
    [512, 'en', '0.5 kB'],
    [820_000, 'en', '820 kB'],
    [3_200_000, 'en', '3.2 MB'],
    [4_749_459, 'en', '4.7 MB'],
    [12_340_000, 'en', '12 MB'],
    [1_234_000_000, 'en', '1.2 GB'],
    [4_749_459, 'hi', '4.7 MB'],
  ] as const)('%d bytes in %s → %s', (bytes, locale, text) => expect(formatBytes(bytes, locale)).toBe(text));
});

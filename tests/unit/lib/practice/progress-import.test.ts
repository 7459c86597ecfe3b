import { describe, expect, it } from 'vitest';
import { emptyProgress, markRevised, toggleBookmark } from '../../../../src/lib/practice/progress-format.ts';
import { parseUndo, planImport, serializeUndo } from '../../../../src/lib/practice/progress-import.ts';

const device = toggleBookmark(toggleBookmark(emptyProgress(), 'trade-and-investment'), 'way-forward');
const file = toggleBookmark(markRevised(emptyProgress(), 'defence-and-security', '2026-11-20'), 'challenges');

describe('planImport', () => {
  it('counts the file, the device and the merged result, which keeps what only the device had', () => {
    const plan = planImport(device, file);
    expect(plan.device).toMatchObject({ bookmarks: 2, revised: 0 });
    expect(plan.file).toMatchObject({ bookmarks: 1, revised: 1 });
    expect(plan.after).toMatchObject({ bookmarks: 3, revised: 1 });
    expect(plan.merged.bookmarks).toEqual(
      expect.arrayContaining(['trade-and-investment', 'way-forward', 'challenges']),
    );
    expect(plan.changes).toBe(true);
  });
  it('says an import changes nothing when the file holds nothing new', () => {
    expect(planImport(device, device).changes).toBe(false);
    expect(planImport(planImport(device, file).merged, file).changes).toBe(false);
    expect(planImport(device, emptyProgress()).changes).toBe(false);
  });
});

describe('the undo record', () => {
  it('round-trips through storage text', () => {
    const undo = { at: 1_764_000_000_000, progress: planImport(device, file).merged };
    expect(parseUndo(serializeUndo(undo))).toEqual(undo);
  });
  it.each([
    ['nothing stored', null],
    ['not JSON', '{oops'],
    ['no time', JSON.stringify({ progress: emptyProgress() })],
    ['a damaged progress record', JSON.stringify({ at: 1, progress: { format: 'x' } })],
  ])('%s → nothing to undo', (_what, text) => expect(parseUndo(text)).toBeNull());
});

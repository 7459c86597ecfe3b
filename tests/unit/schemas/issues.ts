import { expect } from 'vitest';
import type { z } from 'zod';

/** One expected problem: where it is (the issue path) and a fragment of what it says. */
export interface ExpectedIssue {
  path: readonly PropertyKey[];
  message: string;
}

/**
 * Asserts that parsing fails and that one of the issues sits at `path` and mentions `message`.
 * Returns every issue so a test can make further claims (for example, that nothing else was reported).
 */
export function expectIssue(schema: z.ZodType, input: unknown, expected: ExpectedIssue): z.core.$ZodIssue[] {
  const result = schema.safeParse(input);
  expect(result.success, 'expected the input to be rejected').toBe(false);
  const issues = result.error?.issues ?? [];
  const summary = issues.map((issue) => ({ path: issue.path, message: issue.message }));
  expect(summary).toContainEqual({ path: [...expected.path], message: expect.stringContaining(expected.message) });
  return issues;
}

/** Asserts that parsing succeeds and returns the normalised output. */
export function expectParsed<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    expect.fail(`expected the input to parse, got: ${JSON.stringify(result.error.issues)}`);
  }
  return result.data;
}

/** `Date` at UTC midnight of a calendar day, as the date schema produces it. */
export const utc = (day: string): Date => new Date(`${day}T00:00:00Z`);

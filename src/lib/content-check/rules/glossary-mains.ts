import type { GlossaryTerm } from '../../../schemas/glossary.ts';
import type { MainsTopic } from '../../../schemas/mains.ts';
import { isMcqKind, type Question } from '../../../schemas/question.ts';
import { glossaryDuplicates } from '../../glossary.ts';
import type { Problem } from '../problem.ts';
import { problemAt, type ContentSet } from '../read.ts';

/**
 * The same glossary term (or Hindi term) twice would show twice on /glossary/ and split search hits; ids alone do
 * not catch it, so terms are compared after normalising case, spacing and dashes.
 */
export function glossaryProblems(content: ContentSet): Problem[] {
  if (!content.complete.glossary) return [];
  const entries = [...content.entries.glossary.values()];
  return glossaryDuplicates(entries.map((e) => e.data as GlossaryTerm)).map((twin) => {
    const entry = entries[twin.index];
    const what = twin.field === 'term' ? 'term' : 'Hindi term';
    return problemAt(
      entry!,
      [twin.field],
      `the ${what} "${twin.value}" is already entry [${twin.first}]; merge the two or tell them apart`,
    );
  });
}

/** An angle examiners ask in the mains links a mains question, never a prelims one. */
export function mainsProblems(content: ContentSet): Problem[] {
  const problems: Problem[] = [];
  for (const entry of content.entries.mains.values()) {
    (entry.data as MainsTopic | undefined)?.asks.forEach((ask, i) => {
      if (!ask.question) return;
      const question = content.entries.questions.get(ask.question)?.data as Question | undefined;
      if (question && isMcqKind(question.kind))
        problems.push(
          problemAt(
            entry,
            ['asks', i, 'question'],
            `"${ask.question}" is a prelims question; an angle examiners ask in the mains links a mains question`,
          ),
        );
    });
  }
  return problems;
}

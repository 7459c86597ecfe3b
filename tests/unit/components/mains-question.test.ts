import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import MainsQuestion from '../../../src/components/mains/MainsQuestion.astro';
import type { Question } from '../../../src/schemas/question.ts';

const base = {
  kind: 'mains-pyq' as const,
  year: 2020,
  paper: 'gs2' as const,
  setBy: 'UPSC',
  text: 'Discuss the Quad.',
  explanation: 'Outline: define, argue both sides, conclude.',
  topics: ['quad'],
};
// Built by hand rather than through the schema, so the component is tested alone, whatever the schema demands.
const render = async (data: Partial<Question>) => {
  const container = await AstroContainer.create();
  const question = { id: 'pyq-quad', collection: 'questions', data: { ...base, ...data } as Question };
  return container.renderToString(MainsQuestion, { props: { question, id: 'mq-pyq-quad' } });
};

describe('MainsQuestion', () => {
  it('keeps a model answer behind a closed "Show model answer" control, as Markdown, with its word count', async () => {
    const html = await render({
      marks: 10,
      words: 150,
      modelAnswer: 'Introduction: the **Quad** began in 2007.\n\n- Body point one\n- Body point two',
    });
    expect(html).toMatch(/<details class="answer model"[^>]*>\s*<summary[^>]*>Show model answer<\/summary>/);
    expect(html).not.toMatch(/<details[^>]*\sopen/);
    expect(html).toContain('<strong>Quad</strong>');
    expect(html).toMatch(/<li>Body point one<\/li>/);
    expect(html).toContain('12 words (limit 150)');
    expect(html).toContain('GS Paper II · 150 words · 10 marks');
  });

  it('falls back to the answer outline when a question has no model answer', async () => {
    const html = await render({});
    expect(html).toContain('Show answer outline');
    expect(html).toContain('Outline: define, argue both sides, conclude.');
    expect(html).not.toContain('Show model answer');
  });
});

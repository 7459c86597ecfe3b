import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { splitRuns } from '../../../src/markdown/rehype-lang-runs.ts';
import { markdownOptions } from '../../../src/markdown/options.ts';

const runs = (text: string) =>
  splitRuns(text).map((node) =>
    node.type === 'element'
      ? `[en:${(node.children[0] as { value: string }).value}]`
      : (node as { value: string }).value,
  );

describe('splitRuns', () => {
  it.each([
    [
      'सुरक्षा सहयोग पर संयुक्त घोषणा (Joint Declaration on Security Cooperation) अपनाई',
      ['सुरक्षा सहयोग पर संयुक्त घोषणा (', '[en:Joint Declaration on Security Cooperation]', ') अपनाई'],
    ],
    ['आधिकारिक विकास सहायता (ODA) और 2+2 वार्ता', ['आधिकारिक विकास सहायता (ODA) और 2+2 वार्ता']],
    ['स्रोत: The Hindu, 29 अगस्त 2025', ['स्रोत: ', '[en:The Hindu]', ', 29 अगस्त 2025']],
    ['केवल हिन्दी', ['केवल हिन्दी']],
  ])('%s', (text, expected) => {
    expect(runs(text)).toEqual(expected);
  });
});

describe('rehypeLangRuns in the Markdown pipeline', () => {
  const render = async (frontmatter: Record<string, unknown>) => {
    const processor = await createMarkdownProcessor(markdownOptions('/') as never);
    return (await processor.render('पाठ (Joint Vision) और ODA।\n', { frontmatter })).code;
  };

  it('marks English runs in a translation', async () => {
    expect(await render({ renderContext: { locale: 'hi', headingIds: [] } })).toContain(
      '<span lang="en-IN">Joint Vision</span>',
    );
  });

  it('leaves an English body as it is', async () => {
    expect(await render({})).not.toContain('lang=');
  });
});

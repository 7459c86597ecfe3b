// One Markdown renderer in a worker thread (see render-pool.ts): the processor astro.config.mjs configures (unified
// with markdownOptions) built with the settings Astro passed, rendering as Astro's Markdown entry type does.
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { unified } from '@astrojs/markdown-remark';
import { markdownOptions } from './options.ts';
import type { RenderJob, RenderReply, RenderShared } from './render-pool.ts';

const { base, shared } = workerData as { base: string; shared: RenderShared };
// Astro's renderer options type is not exported; the shared settings are the ones Astro itself passed.
const renderer = await unified(markdownOptions(base)).createRenderer(
  shared as Parameters<ReturnType<typeof unified>['createRenderer']>[0],
);

parentPort?.on('message', async ({ id, entry }: RenderJob) => {
  let reply: RenderReply;
  try {
    const result = await renderer.render(entry.body ?? '', {
      frontmatter: entry.data,
      ...(entry.filePath ? { fileURL: pathToFileURL(entry.filePath) } : {}),
    });
    const { localImagePaths, remoteImagePaths } = result.metadata;
    reply = {
      id,
      html: result.code,
      metadata: { ...result.metadata, imagePaths: localImagePaths.concat(remoteImagePaths) },
    };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});

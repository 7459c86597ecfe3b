import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** The Markdown settings Astro hands every renderer (its content entry type passes exactly these). */
export interface RenderShared {
  image?: unknown;
  syntaxHighlight?: unknown;
  shikiConfig?: unknown;
  gfm?: boolean | undefined;
  smartypants?: unknown;
}
/** An entry to render, as Astro's glob loader hands it to a render function. */
export interface RenderEntry {
  body?: string | undefined;
  data: Record<string, unknown>;
  filePath?: string | undefined;
}
/** One body for the worker. */
export interface RenderJob {
  id: number;
  entry: RenderEntry;
}
/** What Astro's Markdown render function returns. */
export interface Rendered {
  html: string;
  metadata?: Record<string, unknown> | undefined;
}
/** The worker's answer: the rendered body, or why it failed. */
export type RenderReply = ({ id: number; error?: undefined } & Rendered) | { id: number; error: string };

/** Bodies queued in the worker at most: past this the main thread renders the next one itself, so both stay busy. */
const WORKER_BACKLOG = 4;

/**
 * Shares Markdown rendering between the main thread and one worker thread when the machine has a second core. The
 * glob loader renders ten entries at a time; each goes to the worker until it has a small backlog, and the main
 * thread renders the rest between its own work (YAML, schemas, the data store), so a cold content sync uses both
 * cores. One worker only: each loads the whole unified pipeline. If the worker cannot start or dies, its bodies
 * and every later one render in the main thread: slower, never lost.
 */
export function renderPool(
  base: string,
  shared: RenderShared,
  renderHere: (entry: RenderEntry) => Promise<Rendered>,
  cores = availableParallelism(),
): (entry: RenderEntry) => Promise<Rendered> {
  if (cores < 2) return renderHere;
  // Notes, topics and mains each ask for a render function: one worker serves them all.
  const key = JSON.stringify([base, shared]);
  let thread = threads.get(key);
  if (!thread) threads.set(key, (thread = workerThread(base, shared)));
  return thread(renderHere);
}

type Job = {
  entry: RenderEntry;
  here: (entry: RenderEntry) => Promise<Rendered>;
  resolve: (r: Rendered) => void;
  reject: (e: Error) => void;
};
const threads = new Map<
  string,
  (here: (entry: RenderEntry) => Promise<Rendered>) => (entry: RenderEntry) => Promise<Rendered>
>();

/** One worker and its queue; each caller passes the main-thread renderer to fall back on. */
function workerThread(base: string, shared: RenderShared) {
  let worker: Worker | undefined;
  let broken = false;
  let next = 0;
  const pending = new Map<number, Job>();
  const start = () => {
    const w = new Worker(new URL('./render-worker.ts', import.meta.url), { workerData: { base, shared } });
    w.on('message', (reply: RenderReply) => {
      const job = pending.get(reply.id);
      pending.delete(reply.id);
      if (pending.size === 0) w.unref();
      if (reply.error !== undefined) job?.reject(new Error(reply.error));
      else job?.resolve({ html: reply.html, metadata: reply.metadata });
    });
    w.on('error', () => {
      broken = true;
      worker = undefined;
      const jobs = [...pending.values()];
      pending.clear();
      for (const job of jobs) job.here(job.entry).then(job.resolve, job.reject);
    });
    return w;
  };
  return (renderHere: (entry: RenderEntry) => Promise<Rendered>) => (entry: RenderEntry) => {
    if (broken || pending.size >= WORKER_BACKLOG) return renderHere(entry);
    const w = (worker ??= start());
    const id = next++;
    return new Promise<Rendered>((resolve, reject) => {
      try {
        w.postMessage({ id, entry: { body: entry.body, data: entry.data, filePath: entry.filePath } });
        pending.set(id, { entry, here: renderHere, resolve, reject });
        w.ref();
      } catch {
        // Front matter the structured clone cannot copy: render this one here.
        renderHere(entry).then(resolve, reject);
      }
    });
  };
}

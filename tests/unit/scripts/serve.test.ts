import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../../scripts/lib/serve.ts';

describe('serveStatic', () => {
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'serve-'));
    mkdirSync(join(root, 'notes', 'quad'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>home</title>');
    writeFileSync(join(root, 'notes', 'quad', 'index.html'), '<!doctype html><title>quad</title>');
    writeFileSync(join(root, '404.html'), '<!doctype html><title>not found</title>');
    ({ server, url: origin } = await serveStatic(root, '/'));
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it.each([
    ['a page', 'notes/quad/', 200],
    ['a missing page', 'notes/none/', 404],
    ['a malformed percent-escape', 'notes/%E0%A4%A', 400],
    ['a path that climbs out of the site', '..%2F..%2Fetc%2Fpasswd', 404],
  ])('answers %s (/%s) with %i and keeps serving', async (_what, path, status) => {
    const response = await fetch(`${origin}${path}`);
    expect(response.status).toBe(status);
    expect((await fetch(origin)).status).toBe(200);
  });
});

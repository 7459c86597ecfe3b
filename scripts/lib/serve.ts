import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { safeDecode } from '../../src/lib/safe-decode.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
};

/** Text types a static host would compress; Pagefind's own index files are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt']);

/**
 * Serves a built site from `root` under `base` (e.g. `/notes-site/`) on a free loopback port, like a static host:
 * text is sent brotli-compressed when the browser accepts it, so byte counts match what readers download.
 */
export async function serveStatic(root: string, base = '/'): Promise<{ server: Server; url: string }> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer((req, res) => {
    const path = safeDecode(new URL(req.url ?? '/', 'http://x').pathname);
    // A malformed escape (`/%E0%A4%A`) is the client's mistake: answer it, as a static host would.
    if (path === undefined) {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('bad request: malformed URL');
      return;
    }
    const send = (file: string, status = 200) => {
      const headers: Record<string, string> = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      };
      if (COMPRESSIBLE.has(extname(file)) && /\bbr\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        const body = brotliCompressSync(readFileSync(file));
        res.writeHead(status, { ...headers, 'content-encoding': 'br', 'content-length': String(body.length) });
        res.end(body);
        return;
      }
      res.writeHead(status, headers);
      createReadStream(file).pipe(res);
    };
    const notFound = () => {
      const page = join(root, '404.html');
      if (existsSync(page)) send(page, 404);
      else res.writeHead(404).end('not found');
    };
    if (!path.startsWith(prefix) && `${path}/` !== prefix) return notFound();
    const relative = normalize(path.slice(prefix.length - 1));
    const full = join(root, relative);
    if (!full.startsWith(root + sep) && full !== root) return notFound();
    if (existsSync(full) && statSync(full).isFile()) return send(full);
    if (existsSync(join(full, 'index.html'))) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { location: `${path}/` }).end();
        return;
      }
      return send(join(full, 'index.html'));
    }
    return notFound();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}${prefix}` };
}

// A static file server for the built page: node:http on 127.0.0.1 only, GET and HEAD, files inside its root folder only
// (a path that resolves outside it, by .. or %2e%2e or a symbolic link, gets 403), with correct content types.
// A download the client aborts releases its file at once, and the connections held at once are bounded.
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream';
import { isInside } from '../output/folder.js';

export const LOOPBACK = '127.0.0.1';

/** Connections held at once; more are closed as they arrive (the page needs a handful). */
export const MAX_CONNECTIONS = 64;
/** A client must send its request headers within this time... */
export const HEADERS_TIMEOUT_MS = 10_000;
/** ...and the whole request within this one. */
export const REQUEST_TIMEOUT_MS = 30_000;
/** A connection with no traffic either way for this long (a client that stopped reading) is closed. */
export const IDLE_TIMEOUT_MS = 60_000;

export interface StaticServerOptions {
  /** Connections held at once (default MAX_CONNECTIONS). */
  maxConnections?: number;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** The page's scripts come from itself and its worker from a Blob URL; nothing may be loaded from elsewhere. */
const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; worker-src blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data:",
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
};

export const contentType = (file: string) => CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';

/**
 * The file a request path names under root, or a status: 400 (malformed), 403 (outside root). Does not touch the disk.
 */
export function resolveRequestPath(root: string, requestUrl: string): string | 400 | 403 {
  const raw = requestUrl.split(/[?#]/, 1)[0];
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return 400;
  }
  if (!path.startsWith('/') || path.includes('\0')) return 400;
  const target = resolve(root, `.${path}`);
  return isInside(resolve(root), target) ? target : 403;
}

function reply(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS, ...headers });
  res.end(`${text}\n`);
}

/** The Host header must name the loopback address (or localhost) and our port: defeats DNS rebinding. */
function hostAllowed(req: IncomingMessage): boolean {
  const port = (req.socket.localPort ?? 0).toString();
  return [`${LOOPBACK}:${port}`, `localhost:${port}`].includes(req.headers.host ?? '');
}

async function serveFile(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (!hostAllowed(req)) return reply(res, 403, 'forbidden: this server answers only requests to 127.0.0.1');
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return reply(res, 405, 'method not allowed', { Allow: 'GET, HEAD' });
  const resolved = resolveRequestPath(root, req.url ?? '/');
  if (resolved === 400) return reply(res, 400, 'bad request');
  if (resolved === 403) return reply(res, 403, 'forbidden: outside the served folder');
  let file = resolved;
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const [real, realRoot] = await Promise.all([realpath(file), realpath(root)]);
    if (!isInside(realRoot, real)) return reply(res, 403, 'forbidden: outside the served folder');
    const info = await stat(real);
    if (!info.isFile()) return reply(res, 404, 'not found');
    res.writeHead(200, { 'Content-Type': contentType(real), 'Content-Length': String(info.size), ...SECURITY_HEADERS });
    if (req.method === 'HEAD') return void res.end();
    if (res.destroyed) return; // the client left while we looked at the disk: open nothing
    // pipeline, not pipe: when the client aborts (or the read fails) both ends are destroyed, so the file is closed.
    pipeline(createReadStream(real), res, () => {});
  } catch {
    reply(res, 404, 'not found');
  }
}

/** A server for the files under root; call listen() yourself or use startServer. */
export function createStaticServer(root: string, options: StaticServerOptions = {}): Server {
  const base = resolve(root);
  const server = createServer(
    { headersTimeout: HEADERS_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS },
    (req, res) => void serveFile(base, req, res),
  );
  server.maxConnections = options.maxConnections ?? MAX_CONNECTIONS;
  server.setTimeout(IDLE_TIMEOUT_MS); // no 'timeout' listener: node destroys the idle socket
  return server;
}

export interface RunningServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/** Serves root on 127.0.0.1:port (0: any free port); rejects with the listen error (EADDRINUSE, EACCES...). */
export function startServer(root: string, port: number, options: StaticServerOptions = {}): Promise<RunningServer> {
  const server = createStaticServer(root, options);
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, LOOPBACK, () => {
      server.off('error', reject);
      const { port: actual } = server.address() as AddressInfo;
      const close = () =>
        new Promise<void>((done) => {
          server.close(() => done());
          server.closeAllConnections();
        });
      resolvePromise({ server, url: `http://${LOOPBACK}:${actual}/`, close });
    });
  });
}

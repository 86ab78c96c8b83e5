// The static server: loopback only, files inside its folder only (.., %2e%2e, encoded slashes, symbolic links), content
// types; aborted downloads release their file descriptors, and the number of connections at once is bounded.
import { readdirSync } from 'node:fs';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  contentType,
  MAX_CONNECTIONS,
  resolveRequestPath,
  startServer,
  type RunningServer,
} from '../../src/web/server.js';
import { tempFolder } from '../helpers/temp.js';

interface Reply {
  status: number;
  type: string | undefined;
  body: string;
}

/** A request sent exactly as written: the path is not normalised by the client. */
function get(port: number, path: string, options: { method?: string; host?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers: { host: options.host ?? `127.0.0.1:${port}` },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** This process's open file descriptors (Linux); vitest runs each test file in its own process (pool: forks). */
const openDescriptors = () => readdirSync('/proc/self/fd').length;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until the descriptor count is at most limit, or about two seconds pass; returns the last count. */
async function settledDescriptors(limit: number): Promise<number> {
  let count = openDescriptors();
  for (let i = 0; i < 40 && count > limit; i++) {
    await sleep(50);
    count = openDescriptors();
  }
  return count;
}

/** Asks for path on a raw socket, reads the first chunk of the answer, then drops the connection. */
function abortedDownload(port: number, path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port }, () => {
      socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`);
    });
    socket.once('data', () => socket.destroy());
    socket.once('error', reject);
    socket.once('close', () => resolve());
  });
}

/** An idle connection: resolves with the socket once connected, and records whether the server closed it. */
function idleSocket(port: number): Promise<{ socket: ReturnType<typeof connect>; closed: Promise<void> }> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    const closed = new Promise<void>((done) => socket.once('close', () => done()));
    socket.on('error', () => {}); // a refused connection may be reset; 'close' still follows
    socket.once('connect', () => resolve({ socket, closed }));
    socket.once('error', reject);
  });
}

/** Waits until the server counts n open connections (about two seconds at most). */
async function connectionsReach(server: RunningServer['server'], n: number): Promise<number> {
  const count = () =>
    new Promise<number>((resolve, reject) => server.getConnections((error, c) => (error ? reject(error) : resolve(c))));
  let c = await count();
  for (let i = 0; i < 40 && c !== n; i++) {
    await sleep(50);
    c = await count();
  }
  return c;
}

describe('startServer under aborted downloads and too many connections', () => {
  const SIZE = 20 * 1024 * 1024;
  let parent: string;
  let running: RunningServer;
  let port: number;

  beforeAll(async () => {
    parent = tempFolder('clustersim-server-abort-test-');
    await writeFile(join(parent, 'app.js'), Buffer.alloc(SIZE, 'x'));
    running = await startServer(parent, 0);
    port = (running.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await running?.close();
  });

  it('releases the file descriptor of every download the client aborts', async () => {
    await abortedDownload(port, '/app.js'); // warm up: lazily opened descriptors are not counted as leaks
    const before = await settledDescriptors(openDescriptors());
    for (let i = 0; i < 40; i++) await abortedDownload(port, '/app.js');
    const after = await settledDescriptors(before + 3);
    expect(after - before).toBeLessThanOrEqual(3);
  });

  it('still serves the whole file after the aborted downloads', async () => {
    const reply = await get(port, '/app.js');
    expect(reply.status).toBe(200);
    expect(reply.type).toBe('text/javascript; charset=utf-8');
    expect(reply.body.length).toBe(SIZE);
  });

  it('bounds the connections it holds at once', () => {
    expect(running.server.maxConnections).toBe(MAX_CONNECTIONS);
    expect(running.server.headersTimeout).toBeGreaterThan(0);
    expect(running.server.headersTimeout).toBeLessThanOrEqual(60_000);
    expect(running.server.requestTimeout).toBeGreaterThan(0);
    expect(running.server.requestTimeout).toBeLessThanOrEqual(60_000);
  });

  it('closes connections beyond the limit, and answers again once the others go away', async () => {
    const limited = await startServer(parent, 0, { maxConnections: 2 });
    const limitedPort = (limited.server.address() as AddressInfo).port;
    try {
      const held = [await idleSocket(limitedPort), await idleSocket(limitedPort)];
      expect(await connectionsReach(limited.server, 2)).toBe(2);
      const extra = await idleSocket(limitedPort);
      await extra.closed; // closed by the server at once: the test times out otherwise
      for (const { socket } of held) socket.destroy();
      await Promise.all(held.map(({ closed }) => closed));
      expect(await connectionsReach(limited.server, 0)).toBe(0);
      const reply = await get(limitedPort, '/app.js');
      expect(reply.status).toBe(200);
      expect(reply.body.length).toBe(SIZE);
    } finally {
      await limited.close();
    }
  }, 5_000);
});

describe('resolveRequestPath', () => {
  const root = '/srv/site';
  it('refuses paths that leave the root, however they are spelled', () => {
    for (const path of [
      '/../secret',
      '/%2e%2e/secret',
      '/%2E%2E/secret',
      '/a/../../secret',
      '/..%2fsecret',
      '/a/%2e%2e%2f%2e%2e%2fsecret',
    ]) {
      expect(resolveRequestPath(root, path), path).toBe(403);
    }
  });
  it('refuses malformed paths', () => {
    expect(resolveRequestPath(root, '/%E0%A4%A')).toBe(400);
    expect(resolveRequestPath(root, '/a%00b')).toBe(400);
    expect(resolveRequestPath(root, 'index.html')).toBe(400);
  });
  it('maps paths inside the root, ignoring the query', () => {
    expect(resolveRequestPath(root, '/')).toBe('/srv/site');
    expect(resolveRequestPath(root, '/app.js?v=2#x')).toBe('/srv/site/app.js');
    expect(resolveRequestPath(root, '/a/../index.html')).toBe('/srv/site/index.html');
  });
  it('names content types by extension', () => {
    expect(contentType('index.html')).toBe('text/html; charset=utf-8');
    expect(contentType('app.js')).toBe('text/javascript; charset=utf-8');
    expect(contentType('x.PNG')).toBe('image/png');
    expect(contentType('data.bin')).toBe('application/octet-stream');
  });
});

describe('startServer', () => {
  let parent: string;
  let running: RunningServer;
  let port: number;

  beforeAll(async () => {
    parent = tempFolder('clustersim-server-test-');
    const root = join(parent, 'site');
    await mkdir(join(root, 'sub'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<!doctype html><p>page</p>');
    await writeFile(join(root, 'app.js'), 'console.log(1);');
    await writeFile(join(root, 'sub', 'style.css'), 'p{}');
    await writeFile(join(parent, 'secret.txt'), 'SECRET');
    await symlink(join(parent, 'secret.txt'), join(root, 'link.txt'));
    running = await startServer(root, 0);
    port = (running.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await running?.close();
  });

  it('listens on the loopback address only', () => {
    const address = running.server.address() as AddressInfo;
    expect(address.address).toBe('127.0.0.1');
    expect(address.family).toBe('IPv4');
    expect(running.url).toBe(`http://127.0.0.1:${port}/`);
  });

  it("does not answer on the machine's other addresses", async () => {
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (!external) return; // no other interface on this machine: nothing to reach
    const outcome = await new Promise<string>((resolve) => {
      const socket = connect({ host: external.address, port }, () => resolve('connected'));
      socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
      socket.setTimeout(2000, () => resolve('timeout'));
    });
    expect(outcome).not.toBe('connected');
  });

  it('serves files with their content types, and index.html for folders', async () => {
    expect(await get(port, '/')).toMatchObject({
      status: 200,
      type: 'text/html; charset=utf-8',
      body: '<!doctype html><p>page</p>',
    });
    expect(await get(port, '/app.js')).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
    expect(await get(port, '/sub/style.css')).toMatchObject({
      status: 200,
      type: 'text/css; charset=utf-8',
      body: 'p{}',
    });
    expect(await get(port, '/app.js', { method: 'HEAD' })).toMatchObject({ status: 200, body: '' });
  });

  it('refuses requests that escape the folder, by .., %2e%2e, encoded slashes or a symbolic link', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/sub/..%2f..%2fsecret.txt',
      '/sub/%2E%2E/%2E%2E/secret.txt',
      '/link.txt',
    ]) {
      const reply = await get(port, path);
      expect(reply.status, path).toBe(403);
      expect(reply.body).not.toContain('SECRET');
    }
  });

  it('answers 404, 405 and 400 where due', async () => {
    expect((await get(port, '/missing.js')).status).toBe(404);
    expect((await get(port, '/', { method: 'POST' })).status).toBe(405);
    expect((await get(port, '/%E0%A4%A')).status).toBe(400);
  });

  it('refuses requests for other host names (DNS rebinding)', async () => {
    expect((await get(port, '/', { host: `evil.example:${port}` })).status).toBe(403);
    expect((await get(port, '/', { host: `localhost:${port}` })).status).toBe(200);
  });
});

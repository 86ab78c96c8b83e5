// The static server: loopback only, files inside its folder only (.., %2e%2e, encoded slashes, symbolic links), content types.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentType, resolveRequestPath, startServer, type RunningServer } from '../../src/web/server.js';

interface Reply {
  status: number;
  type: string | undefined;
  body: string;
}

/** A request sent exactly as written: the path is not normalised by the client. */
function get(port: number, path: string, options: { method?: string; host?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: { host: options.host ?? `127.0.0.1:${port}` } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('resolveRequestPath', () => {
  const root = '/srv/site';
  it('refuses paths that leave the root, however they are spelled', () => {
    for (const path of ['/../secret', '/%2e%2e/secret', '/%2E%2E/secret', '/a/../../secret', '/..%2fsecret', '/a/%2e%2e%2f%2e%2e%2fsecret']) {
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
    parent = await mkdtemp(join(tmpdir(), 'clustersim-server-test-'));
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
    await rm(parent, { recursive: true, force: true });
  });

  it('listens on the loopback address only', () => {
    const address = running.server.address() as AddressInfo;
    expect(address.address).toBe('127.0.0.1');
    expect(address.family).toBe('IPv4');
    expect(running.url).toBe(`http://127.0.0.1:${port}/`);
  });

  it('does not answer on the machine\'s other addresses', async () => {
    const external = Object.values(networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal);
    if (!external) return; // no other interface on this machine: nothing to reach
    const outcome = await new Promise<string>((resolve) => {
      const socket = connect({ host: external.address, port }, () => resolve('connected'));
      socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
      socket.setTimeout(2000, () => resolve('timeout'));
    });
    expect(outcome).not.toBe('connected');
  });

  it('serves files with their content types, and index.html for folders', async () => {
    expect(await get(port, '/')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', body: '<!doctype html><p>page</p>' });
    expect(await get(port, '/app.js')).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
    expect(await get(port, '/sub/style.css')).toMatchObject({ status: 200, type: 'text/css; charset=utf-8', body: 'p{}' });
    expect(await get(port, '/app.js', { method: 'HEAD' })).toMatchObject({ status: 200, body: '' });
  });

  it('refuses requests that escape the folder, by .., %2e%2e, encoded slashes or a symbolic link', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/sub/..%2f..%2fsecret.txt', '/sub/%2E%2E/%2E%2E/secret.txt', '/link.txt']) {
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

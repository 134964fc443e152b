/**
 * The demo server (scripts/serve.mjs): it serves demo/ at / and dist/ at /dist/ with the
 * security headers, binds to the loopback address only, and serves nothing else: not a
 * sibling folder whose name starts with the same letters, not `..` in any spelling, not a
 * symbolic link out of a mount, not the dev server's own outside-root paths.
 */
import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {request} from 'node:http';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {startServer} from '../../scripts/serve.mjs';
import {demoCsp} from '../../scripts/lib/security-headers.mjs';

const secret = 'SECRET-must-not-be-served';
let scratch: string;
let server: Awaited<ReturnType<typeof startServer>>;
let port: number;

function put(path: string, text: string): void {
  mkdirSync(dirname(path), {recursive: true});
  writeFileSync(path, text);
}

/** A raw request: the path goes out exactly as written, `..` and all (fetch would normalise it). */
function get(path: string, method = 'GET'): Promise<{status: number; headers: Record<string, string | string[] | undefined>; body: string}> {
  return new Promise((resolve, reject) => {
    const req = request({host: '127.0.0.1', port, path, method}, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({status: res.statusCode ?? 0, headers: res.headers, body}));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Tries a few ports of the range this project's tests use, in case another run holds one. */
async function listen(root: string): Promise<Awaited<ReturnType<typeof startServer>>> {
  let lastError: unknown;
  for (let candidate = 8930; candidate < 8940; candidate++) {
    try {
      return await startServer({port: candidate, host: '127.0.0.1', root});
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
      lastError = error;
    }
  }
  throw lastError;
}

before(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'kiut-serve-'));
  const root = join(scratch, 'repo');
  put(join(root, 'demo/index.html'), '<!doctype html><title>demo index</title>');
  put(join(root, 'demo/site.css'), 'body{color:#000}');
  put(join(root, 'demo/sub/index.html'), '<!doctype html><title>sub index</title>');
  put(join(root, 'dist/kiut-guide.js'), 'export const guide = 1;');
  put(join(root, 'dist/types/index.d.ts'), 'export declare const guide: number;');
  // Siblings whose names start with a mount's name, and files beside and above the mounts.
  put(join(root, 'dist-old/secret.txt'), secret);
  put(join(root, 'demo-private/secret.txt'), secret);
  put(join(root, 'src/secret.ts'), secret);
  put(join(root, 'secret.txt'), secret);
  put(join(scratch, 'outside.txt'), secret);
  symlinkSync(join(root, 'secret.txt'), join(root, 'demo/link-out.txt'));
  symlinkSync(join(root, 'src'), join(root, 'demo/src-link'));
  server = await listen(root);
  port = (server.address as AddressInfo).port;
});

after(async () => {
  await server?.close();
  rmSync(scratch, {recursive: true, force: true});
});

function assertSecurityHeaders(headers: Record<string, string | string[] | undefined>, what: string): void {
  assert.equal(headers['content-security-policy'], demoCsp, `${what}: Content-Security-Policy`);
  assert.equal(headers['referrer-policy'], 'no-referrer', `${what}: Referrer-Policy`);
  assert.equal(headers['x-content-type-options'], 'nosniff', `${what}: X-Content-Type-Options`);
}

describe('the demo server', () => {
  it('listens on the loopback address only', () => {
    assert.equal((server.address as AddressInfo).address, '127.0.0.1');
  });

  it('serves demo/ at / and dist/ at /dist/, with the security headers and the right types', async () => {
    const cases: [string, RegExp, RegExp][] = [
      ['/', /^text\/html/, /demo index/],
      ['/index.html', /^text\/html/, /demo index/],
      ['/sub/', /^text\/html/, /sub index/],
      ['/site.css', /^text\/css/, /color:#000/],
      ['/dist/kiut-guide.js', /javascript/, /export const guide/],
      ['/dist/types/index.d.ts', /^text\/plain/, /declare const guide/],
      ['/site.css?v=2', /^text\/css/, /color:#000/],
    ];
    for (const [path, type, body] of cases) {
      const response = await get(path);
      assert.equal(response.status, 200, path);
      assert.match(String(response.headers['content-type']), type, `${path}: content type`);
      assert.match(response.body, body, path);
      assertSecurityHeaders(response.headers, path);
    }
  });

  it('answers HEAD without a body', async () => {
    const response = await get('/', 'HEAD');
    assert.equal(response.status, 200);
    assert.equal(response.body, '');
    assertSecurityHeaders(response.headers, 'HEAD /');
  });

  it('serves nothing outside demo/ and dist/, however the path is spelt', async () => {
    const outside = [
      // A sibling folder whose name starts with the mount's name: the old prefix check let these through.
      '/dist/../dist-old/secret.txt',
      '/dist/%2e%2e/dist-old/secret.txt',
      '/dist/..%2fdist-old/secret.txt',
      '/../demo-private/secret.txt',
      '/%2e%2e/demo-private/secret.txt',
      '/%2E%2E%2Fdemo-private%2Fsecret.txt',
      // The folders themselves, from the other mount.
      '/dist-old/secret.txt',
      '/demo-private/secret.txt',
      '/dist/../demo/index.html',
      // The root, the sources and above the root.
      '/../secret.txt',
      '/dist/../secret.txt',
      '/dist/..%2f..%2fsecret.txt',
      '/%2e%2e/%2e%2e/outside.txt',
      '/../../outside.txt',
      '/src/secret.ts',
      '/..%5csecret.txt',
      // Symbolic links out of a mount.
      '/link-out.txt',
      '/src-link/secret.ts',
      // The dev server's own way of serving files outside its root folder.
      '/__wds-outside-root__/1/outside.txt',
      '/__wds-outside-root__/0/secret.txt',
      // Malformed paths.
      '/%00secret.txt',
      '/dist/%E0%A4%A',
    ];
    for (const path of outside) {
      const response = await get(path);
      assert.ok(response.status === 404 || response.status === 403 || response.status === 400, `${path}: status ${response.status}`);
      assert.doesNotMatch(response.body, new RegExp(secret), `${path} leaked a file`);
      assertSecurityHeaders(response.headers, path);
    }
  });

  it('answers 404 to other methods', async () => {
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const response = await get('/index.html', method);
      assert.equal(response.status, 404, method);
      assertSecurityHeaders(response.headers, method);
    }
  });
});

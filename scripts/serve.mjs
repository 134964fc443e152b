// `npm start` (after the build) and `npm run serve`: serves the demo on localhost with the
// same strict Content-Security-Policy a careful partner would use, so the demo proves the
// guide works under it. Only demo/ and dist/ are served.
import {createServer} from 'node:http';
import {createReadStream, existsSync, statSync} from 'node:fs';
import {extname, join, normalize, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {isMain} from './is-main.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const mounts = [
  {prefix: '/dist/', dir: join(root, 'dist')},
  {prefix: '/', dir: join(root, 'demo')},
];
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};
export const securityHeaders = {
  'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'",
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
};

/** Maps a URL path to a file inside one of the mounts, or undefined. Never leaves them. */
export function resolvePath(urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return undefined;
  }
  for (const {prefix, dir} of mounts) {
    if (!path.startsWith(prefix)) continue;
    let file = normalize(join(dir, path.slice(prefix.length)));
    if (!file.startsWith(dir)) return undefined;
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

export function startServer(port = Number(process.env.PORT ?? 8000), host = '127.0.0.1') {
  const server = createServer((request, response) => {
    const file = request.method === 'GET' || request.method === 'HEAD' ? resolvePath(request.url ?? '/') : undefined;
    if (!file) {
      response.writeHead(404, {...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8'});
      response.end('Not found\n');
      return;
    }
    response.writeHead(200, {...securityHeaders, 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache'});
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  return new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolveListen(server));
  });
}

if (isMain(import.meta.url)) {
  if (!existsSync(join(root, 'dist', 'kiut-guide.js'))) {
    console.error('dist/ is empty: run `npm run build` first (`npm start` does both).');
    process.exit(1);
  }
  const server = await startServer();
  const {port} = server.address();
  console.log(`kiut demo: http://localhost:${port}/  (Ctrl+C to stop)`);
}

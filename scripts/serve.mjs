// `npm start` (after the build) and `npm run serve`: the demo on http://localhost:8000/, served by
// @web/dev-server under the strict Content-Security-Policy a careful partner would use, so that
// the demo proves the guide works under it. `/` is demo/, `/dist/` is dist/, anything else 404
// (the sources, a sibling such as dist-old/, the dev server's `/__wds-outside-root__/`). The dev
// server runs as middleware inside a plain Node server: its own listener binds every interface
// when asked for 127.0.0.1, and the demo must stay on this machine.
import {existsSync, realpathSync, statSync} from 'node:fs';
import {createServer} from 'node:http';
import {join, relative, sep} from 'node:path';
import {startDevServer} from '@web/dev-server';
import {isMain} from './is-main.mjs';
import {repoRoot} from './lib/root.mjs';
import {securityHeaders} from './lib/security-headers.mjs';

/** URL prefix → folder under the root; the first prefix that matches decides. */
const mounts = [
  {prefix: '/dist/', dir: 'dist'},
  {prefix: '/', dir: 'demo'},
];

const isInside = (path, dir) => path === dir || path.startsWith(dir + sep);

/**
 * The root-relative URL of the file a request names inside a mount, or undefined. A folder
 * means its index.html. The file's real path must be inside the mount's real path, with a
 * separator, so neither `..` (encoded or not) nor a symbolic link leaves the mount, and
 * `/dist/../dist-old/` does not reach a sibling whose name starts with the same letters.
 */
function resolvePath(urlPath, root) {
  try {
    const path = decodeURIComponent(urlPath);
    const mount = mounts.find(({prefix}) => path.startsWith(prefix));
    if (!mount || path.includes('\0')) return undefined;
    const dir = realpathSync(join(root, mount.dir));
    let real = realpathSync(join(dir, path.slice(mount.prefix.length)));
    if (statSync(real).isDirectory()) real = realpathSync(join(real, 'index.html'));
    if (!isInside(real, dir) || !statSync(real).isFile()) return undefined;
    // Encoded again: the static file middleware decodes the path once more.
    return `/${[mount.dir, ...relative(dir, real).split(sep)].map(encodeURIComponent).join('/')}`;
  } catch {
    // A malformed escape, or a file or folder that is not there.
    return undefined;
  }
}

/** Serves the demo until `close()`; `port` 0 picks a free one. */
export async function startServer({port = Number(process.env.PORT ?? 8000), host = '127.0.0.1', root = repoRoot} = {}) {
  const devServer = await startDevServer({
    config: {
      rootDir: root,
      port,
      middlewareMode: true,
      disableFileWatcher: true,
      injectWebSocket: false,
      middleware: [
        // The policy on every response, errors included: Koa's own error response would drop it.
        async (ctx, next) => {
          try {
            await next();
          } catch (error) {
            ctx.status = error.status ?? 500;
            ctx.body = `${ctx.message}\n`;
          }
          ctx.set(securityHeaders);
        },
        async (ctx, next) => {
          const url = ctx.method === 'GET' || ctx.method === 'HEAD' ? resolvePath(ctx.path, root) : undefined;
          if (url) {
            ctx.path = url;
            return next();
          }
          ctx.status = 404;
          ctx.body = 'Not found\n';
        },
      ],
      // dist/types/*.d.ts are text, not the MPEG streams that .ts otherwise stands for.
      mimeTypes: {'**/*.ts': 'text/plain'},
    },
    readCliArgs: false,
    readFileConfig: false,
    autoExitProcess: false,
    logStartMessage: false,
  });
  const server = createServer(devServer.koaApp.callback());
  const close = async () => {
    await new Promise((resolveClose) => server.close(resolveClose));
    await devServer.stop();
  };
  try {
    await new Promise((resolveListen, reject) => server.once('error', reject).listen(port, host, resolveListen));
  } catch (error) {
    await devServer.stop();
    throw error;
  }
  return {address: server.address(), close};
}

if (isMain(import.meta.url)) {
  if (!existsSync(join(repoRoot, 'dist', 'kiut-guide.js'))) {
    console.error('dist/ is empty: run `npm run build` first (`npm start` does both).');
    process.exit(1);
  }
  const {address} = await startServer();
  console.log(`kiut demo: http://localhost:${address.port}/  (Ctrl+C to stop)`);
}

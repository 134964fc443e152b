/**
 * A real WordPress for the plugin's tests, on this machine, with nothing outside a scratch
 * folder: Debian's WordPress 6.1 copied there, MariaDB with its data and socket there (no TCP
 * port), PHP's built-in server on 127.0.0.1 (a port in 8800-8899). Everything started here is
 * stopped by `stop()`, by process group id.
 *
 * When something is missing: as root on Debian, it is installed with apt-get (and said so);
 * elsewhere `ensureWordpressTools()` says what is missing and the one command that installs it.
 */
import {execFileSync, spawn, spawnSync, type ChildProcess} from 'node:child_process';
import {randomBytes} from 'node:crypto';
import {cpSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {debianPackages} from '../../scripts/lib/debian-packages.mjs';

export const wordpressSource = '/usr/share/wordpress';
export const aptPackages: string[] = debianPackages('wordpress');
/** A block theme, for the guide on a partner's front end (twenty-twenty-three.test.ts); Debian installs it into WordPress's themes. */
export const blockTheme = {slug: 'twentytwentythree', aptPackage: 'wordpress-theme-twentytwentythree'};
export const installCommand = `sudo apt-get install -y --no-install-recommends ${aptPackages.join(' ')}`;
const here = fileURLToPath(new URL('.', import.meta.url));

function which(command: string, path = process.env.PATH ?? ''): string | undefined {
  const found = spawnSync('/bin/sh', ['-c', `command -v ${command}`], {encoding: 'utf8', env: {PATH: path}});
  return found.status === 0 ? found.stdout.trim() : undefined;
}

export interface Where {
  /** Debian's WordPress. */
  wordpress?: string;
  /** The PATH to look for php and the MariaDB tools in. */
  path?: string;
  /** Whether apt-get may install what is missing (root on Debian). */
  canApt?: boolean;
}

export interface WordpressTools {
  php: string;
  mariadbd: string;
  installDb: string;
  client: string;
}

/** The tools, or the Debian packages that would provide the missing ones. */
export function findWordpressTools(where: Where = {}): {tools?: WordpressTools; missing: string[]} {
  const missing = new Set<string>();
  const php = which('php', where.path);
  if (!php) missing.add('php-cli');
  else if (spawnSync(php, ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);']).status !== 0) missing.add('php-mysql');
  const mariadbd = which('mariadbd', `${where.path ?? process.env.PATH ?? ''}:/usr/sbin:/usr/local/sbin`);
  const installDb = which('mariadb-install-db', where.path);
  const client = which('mariadb', where.path);
  if (!mariadbd || !installDb || !client) missing.add('mariadb-server');
  if (!existsSync(join(where.wordpress ?? wordpressSource, 'wp-settings.php'))) missing.add('wordpress');
  if (!existsSync(join(where.wordpress ?? wordpressSource, 'wp-content', 'themes', blockTheme.slug, 'theme.json'))) missing.add(blockTheme.aptPackage);
  if (missing.size > 0 || !php || !mariadbd || !installDb || !client) return {missing: [...missing]};
  return {tools: {php, mariadbd, installDb, client}, missing: []};
}

/**
 * The tools, installing them first when this is root on Debian. Returns a reason instead when
 * they are missing and cannot be installed here: the caller reports the tests as not run.
 */
export function ensureWordpressTools(where: Where = {}): WordpressTools | {notRun: string} {
  let found = findWordpressTools(where);
  if (found.tools) return found.tools;
  const canApt = where.canApt ?? (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get'));
  if (!canApt) {
    return {notRun: `the WordPress tests need ${found.missing.join(', ')}, which are not installed. Install them (Debian/Ubuntu): ${installCommand}`};
  }
  console.log(`Installing ${aptPackages.join(' ')} with apt-get (missing: ${found.missing.join(', ')}; this is root on Debian)…`);
  const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
  execFileSync('apt-get', ['update', '-qq'], {stdio: 'inherit', env});
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...aptPackages], {stdio: 'inherit', env});
  found = findWordpressTools(where);
  return found.tools ?? {notRun: `apt-get ran, but ${found.missing.join(', ')} are still missing. Install them by hand: ${installCommand}`};
}

/** A free port in 8800-8899 on 127.0.0.1 (other test runs on this machine use their own). */
export async function freePort(from = 8800, to = 8899): Promise<number> {
  const start = from + Math.floor(Math.random() * (to - from + 1));
  for (let i = 0; i <= to - from; i++) {
    const port = from + ((start - from + i) % (to - from + 1));
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port between ${from} and ${to} on 127.0.0.1`);
}

export interface Posts {
  posts: Record<'several' | 'block' | 'defaults' | 'hostile', {id: number; url: string}>;
}

export interface Site extends Posts {
  url: string;
  root: string;
  scratch: string;
  debugLog: string;
  /** Runs PHP with WordPress loaded (`require wp-load.php` first) and returns its output. */
  php(code: string): string;
  stop(): Promise<void>;
}

function started(child: ChildProcess): ChildProcess {
  child.unref();
  return child;
}

/** Stops a process group we started, and waits for its leader to exit. */
function stopGroup(child: ChildProcess | undefined, timeoutMs = 10000): Promise<void> {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // Already gone.
      }
      resolve();
    }, timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      clearTimeout(timer);
      resolve();
    }
  });
}

async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs: number, log?: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not start within ${timeoutMs / 1000} s${log ? `; see ${log}` : ''}`);
}

function wpConfig(url: string, socket: string, debugLog: string): string {
  const salt = () => randomBytes(32).toString('hex');
  const keys = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
  const php = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  return [
    '<?php',
    '// Written by test/wordpress/env.ts for one test run.',
    "define( 'DB_NAME', 'wordpress' );",
    "define( 'DB_USER', 'root' );",
    "define( 'DB_PASSWORD', '' );",
    `define( 'DB_HOST', ${php(`localhost:${socket}`)} );`,
    "define( 'DB_CHARSET', 'utf8mb4' );",
    "define( 'DB_COLLATE', '' );",
    ...keys.map((key) => `define( '${key}', '${salt()}' );`),
    "$table_prefix = 'wp_';",
    `define( 'WP_HOME', ${php(url)} );`,
    `define( 'WP_SITEURL', ${php(url)} );`,
    "define( 'WP_CONTENT_DIR', __DIR__ . '/wp-content' );",
    `define( 'WP_CONTENT_URL', ${php(`${url}/wp-content`)} );`,
    "define( 'FS_METHOD', 'direct' );",
    // The network is closed, and a test site has no business calling home.
    "define( 'WP_HTTP_BLOCK_EXTERNAL', true );",
    "define( 'AUTOMATIC_UPDATER_DISABLED', true );",
    "define( 'WP_AUTO_UPDATE_CORE', false );",
    "define( 'DISABLE_WP_CRON', true );",
    "define( 'WP_DEBUG', true );",
    "define( 'WP_DEBUG_DISPLAY', false );",
    `define( 'WP_DEBUG_LOG', ${php(debugLog)} );`,
    "define( 'ABSPATH', __DIR__ . '/' );",
    "require_once ABSPATH . 'wp-settings.php';",
    '',
  ].join('\n');
}

/**
 * Starts MariaDB and PHP's server, installs WordPress, the plugin (from its zip) and the test
 * theme, and writes the test posts. Stops what it started if any step fails.
 */
export async function startSite(tools: WordpressTools, pluginZip: string): Promise<Site> {
  const scratch = mkdtempSync(join(tmpdir(), 'kiut-wordpress-'));
  const root = join(scratch, 'site');
  const db = join(scratch, 'db');
  const socket = join(scratch, 'mysql.sock');
  const debugLog = join(scratch, 'debug.log');
  const logs = {mariadb: join(scratch, 'mariadb.log'), php: join(scratch, 'php-server.log')};
  let mariadb: ChildProcess | undefined;
  let server: ChildProcess | undefined;
  const stop = async () => {
    await stopGroup(server);
    await stopGroup(mariadb);
  };
  const onExit = () => {
    for (const child of [server, mariadb]) {
      if (child?.pid && child.exitCode === null) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
    }
  };
  process.once('exit', onExit);
  try {
    const asUser = process.getuid?.() === 0 ? ['--user=root'] : [];
    execFileSync(tools.installDb, ['--no-defaults', `--datadir=${db}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...asUser], {
      stdio: ['ignore', openSync(logs.mariadb, 'a'), openSync(logs.mariadb, 'a')],
    });
    mariadb = started(
      spawn(
        tools.mariadbd,
        [
          '--no-defaults',
          `--datadir=${db}`,
          `--socket=${socket}`,
          '--skip-networking',
          `--pid-file=${join(scratch, 'mariadb.pid')}`,
          `--log-error=${logs.mariadb}`,
          ...asUser,
        ],
        {
          detached: true,
          stdio: 'ignore',
        },
      ),
    );
    const client = (sql: string) => spawnSync(tools.client, ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', sql], {encoding: 'utf8'});
    await waitFor('MariaDB', () => existsSync(socket) && client('SELECT 1').status === 0, 30000, logs.mariadb);
    const created = client('CREATE DATABASE wordpress CHARACTER SET utf8mb4');
    if (created.status !== 0) throw new Error(`creating the database failed: ${created.stderr}`);

    // Debian links some libraries (underscore, getID3) with relative links, which a copy must resolve.
    cpSync(wordpressSource, root, {recursive: true, dereference: true});
    mkdirSync(join(root, 'wp-content', 'uploads'), {recursive: true});
    cpSync(join(here, 'theme'), join(root, 'wp-content', 'themes', 'kiut-test'), {recursive: true});
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    writeFileSync(join(root, 'wp-config.php'), wpConfig(url, socket, debugLog));

    const php = (args: string[]) => {
      const result = spawnSync(tools.php, args, {encoding: 'utf8', cwd: root});
      if (result.status !== 0) throw new Error(`php ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
      return result.stdout;
    };
    php([join(here, 'site', 'install.php'), root]);
    const posts = JSON.parse(
      php([join(here, 'site', 'populate.php'), root, pluginZip])
        .trim()
        .split('\n')
        .at(-1)!,
    ) as Posts;

    // Several workers: a page and its script load in parallel, as on a real server.
    server = started(
      spawn(tools.php, ['-S', `127.0.0.1:${port}`, '-t', root], {
        detached: true,
        stdio: ['ignore', openSync(logs.php, 'a'), openSync(logs.php, 'a')],
        env: {...process.env, PHP_CLI_SERVER_WORKERS: '4'},
      }),
    );
    await waitFor(
      "PHP's built-in server",
      async () => {
        try {
          return (await fetch(`${url}/wp-includes/images/blank.gif`)).ok;
        } catch {
          return false;
        }
      },
      15000,
      logs.php,
    );

    return {
      ...posts,
      url,
      root,
      scratch,
      debugLog,
      php: (code: string) => {
        const file = join(scratch, `snippet-${randomBytes(4).toString('hex')}.php`);
        writeFileSync(file, `<?php\nrequire ${JSON.stringify(join(root, 'wp-load.php'))};\n${code}\n`);
        return php([file]);
      },
      stop: async () => {
        await stop();
        process.removeListener('exit', onExit);
      },
    };
  } catch (error) {
    await stop();
    process.removeListener('exit', onExit);
    throw error;
  }
}

/** Removes the scratch folder (after stop()). */
export function removeSite(site: Site): void {
  rmSync(site.scratch, {recursive: true, force: true});
}

/** What the test processes need to reach a site that run.ts started, passed in KIUT_WP_SITE. */
export interface SiteDescription extends Posts {
  url: string;
  root: string;
  scratch: string;
  debugLog: string;
  php: string;
}

/** The site run.ts started, for a test file; throws with the way to run the tests when there is none. */
export function siteFromEnv(): Omit<Site, 'stop'> {
  const raw = process.env.KIUT_WP_SITE;
  if (!raw) throw new Error('no WordPress site to test: run these tests with `npm run test:wordpress`, which starts one.');
  const described = JSON.parse(raw) as SiteDescription;
  return {
    ...described,
    php: (code: string) => {
      const file = join(described.scratch, `snippet-${randomBytes(4).toString('hex')}.php`);
      writeFileSync(file, `<?php\nrequire ${JSON.stringify(join(described.root, 'wp-load.php'))};\n${code}\n`);
      const result = spawnSync(described.php, [file], {encoding: 'utf8', cwd: described.root});
      rmSync(file, {force: true});
      if (result.status !== 0) throw new Error(`PHP failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
      return result.stdout;
    },
  };
}

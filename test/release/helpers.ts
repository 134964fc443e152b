/**
 * Helpers for the release tests: a scratch copy of dist/ to change without touching the real
 * one, and running the repository's own scripts as a partner or a maintainer would.
 */
import {spawnSync, type SpawnSyncReturns} from 'node:child_process';
import {cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative} from 'node:path';
import {repoRoot} from '../../scripts/lib/root.mjs';

export {repoRoot};
export const dist = join(repoRoot, 'dist');

/** Fails with the fix when the build has not run. */
export function requireBuild(): void {
  for (const file of ['kiut-guide.js', 'kiut-guide.iife.js', 'custom-elements.json', 'types/index.d.ts', 'npm/index.js', 'THIRD-PARTY-NOTICES.md', 'print/hu/leaflet-a4.pdf']) {
    if (!existsSync(join(dist, file))) throw new Error(`dist/${file} is missing: run \`npm run build\` before the release tests.`);
  }
}

export function scratch(prefix: string): {dir: string; remove: () => void} {
  const dir = mkdtempSync(join(tmpdir(), `kiut-${prefix}-`));
  return {dir, remove: () => rmSync(dir, {recursive: true, force: true})};
}

/** A copy of dist/ to change, in `dir`/dist. */
export function copyOfDist(dir: string): string {
  const copy = join(dir, 'dist');
  cpSync(dist, copy, {recursive: true});
  return copy;
}

/** Runs a command, returning its result; never throws on a non-zero exit. */
export function run(command: string, args: string[], options: {cwd?: string; env?: NodeJS.ProcessEnv} = {}): SpawnSyncReturns<string> {
  return spawnSync(command, args, {cwd: options.cwd ?? repoRoot, env: {...process.env, ...options.env}, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024});
}

export const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');

/** A folder's files and folders with their modes. */
export function modes(dir: string): Record<string, number> {
  const found: Record<string, number> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      found[relative(dir, path)] = statSync(path).mode & 0o777;
      if (statSync(path).isDirectory()) walk(path);
    }
  };
  walk(dir);
  return found;
}

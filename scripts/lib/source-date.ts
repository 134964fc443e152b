/**
 * The one timestamp every file of a release carries, so that a commit always gives the same
 * bytes: SOURCE_DATE_EPOCH when set (the reproducible-builds convention), else the checked-out
 * commit's time.
 */
import {spawnSync} from 'node:child_process';
import {repoRoot} from './root.mjs';

export function sourceDateEpoch(env: NodeJS.ProcessEnv = process.env, cwd = repoRoot): number {
  const fromEnv = env.SOURCE_DATE_EPOCH;
  if (fromEnv) {
    if (!/^\d+$/.test(fromEnv))
      throw new Error(`SOURCE_DATE_EPOCH="${fromEnv}" is not a number of seconds since 1970: set it to, e.g., $(git log -1 --format=%ct).`);
    return Number(fromEnv);
  }
  const git = spawnSync('git', ['log', '-1', '--format=%ct'], {cwd, encoding: 'utf8'});
  const seconds = git.status === 0 ? git.stdout.trim() : '';
  if (!/^\d+$/.test(seconds))
    throw new Error(
      'no commit to date the release from (not a git checkout, or git is missing): set SOURCE_DATE_EPOCH to the release time in seconds since 1970.',
    );
  return Number(seconds);
}

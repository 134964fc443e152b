/**
 * CHANGELOG.md: one entry per version, `## <version> (<date>)`, saying what changed for
 * partners (written by hand) and which facts changed (written here, from content/facts.yaml).
 * A fact "changed" in a version when its `verified` date falls after the previous version's
 * date and on or before this version's: it was read again at its source, and perhaps changed.
 * Only the current version's facts are written; older entries stay as they were released.
 *
 *   tsx scripts/changelog.ts           writes the facts of package.json's version
 *   tsx scripts/changelog.ts --check   exits 1 when they are stale or the entry is missing
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import {loadContent} from '../src/content/load.js';
import type {Content} from '../src/content/types.js';
import {isMain} from './is-main.mjs';
import {repoRoot, writeAtomic} from './lib/release-fs.js';

export const factsStart = '<!-- facts:start -->';
export const factsEnd = '<!-- facts:end -->';

export interface Entry {
  version: string;
  date: string;
  /** Where the entry starts and ends in the file (the next heading, or the end). */
  start: number;
  end: number;
}

/** Every `## <version> (<YYYY-MM-DD>)` entry, newest first as written. */
export function entries(changelog: string): Entry[] {
  const found = [...changelog.matchAll(/^## (\d+\.\d+\.\d+(?:-[\w.]+)?) \((\d{4}-\d{2}-\d{2})\)\s*$/gm)];
  return found.map((match, i) => ({
    version: match[1],
    date: match[2],
    start: match.index,
    end: i + 1 < found.length ? found[i + 1].index : changelog.length,
  }));
}

/** The facts block for a version released on `date`, after a version released on `previous`. */
export function factsBlock(content: Content, date: string, previous: string | undefined): string {
  const names = content.locales.en?.services ?? {};
  const changed = content.facts.services
    .filter((s) => s.verified <= date && (previous === undefined || s.verified > previous))
    .sort((a, b) => a.verified.localeCompare(b.verified) || a.id.localeCompare(b.id));
  const lines = [factsStart, '### Facts', ''];
  if (changed.length === 0) {
    lines.push(`No fact was checked again since the previous version (${previous}).`);
  } else {
    lines.push(
      previous === undefined
        ? 'First published. Every fact, with the date it was verified at its source (content/facts.yaml):'
        : `Verified again at their source since the previous version (${previous}), and possibly changed (content/facts.yaml):`,
      '',
    );
    for (const service of changed) {
      const details = [service.phone?.international, service.url].filter(Boolean).join(', ');
      lines.push(`- ${names[service.id] ?? service.id} (\`${service.id}\`)${details ? `: ${details}` : ''}; verified ${service.verified} (${service.source})`);
    }
  }
  lines.push(factsEnd);
  return lines.join('\n');
}

/** The changelog with the current version's facts written, or an error naming the fix. */
export function withFacts(changelog: string, version: string, content: Content): string {
  const all = entries(changelog);
  const index = all.findIndex((e) => e.version === version);
  if (index === -1) {
    throw new Error(`CHANGELOG.md has no entry for ${version} (package.json's version): add "## ${version} (YYYY-MM-DD)" with the release date and what changed for partners, then run \`npm run changelog\`.`);
  }
  const entry = all[index];
  const late = content.facts.services.filter((s) => s.verified > entry.date);
  if (late.length > 0) {
    throw new Error(`CHANGELOG.md: the ${version} entry is dated ${entry.date}, but content/facts.yaml has facts verified later (${late.map((s) => `${s.id} ${s.verified}`).join(', ')}): set the entry's date to the release date.`);
  }
  // Entries are written newest first: the previous version is the next entry down.
  const previous = all[index + 1]?.date;
  const text = changelog.slice(entry.start, entry.end);
  const block = factsBlock(content, entry.date, previous);
  let next: string;
  const s = text.indexOf(factsStart);
  const e = text.indexOf(factsEnd);
  if (s !== -1 && e > s) next = text.slice(0, s) + block + text.slice(e + factsEnd.length);
  else next = `${text.trimEnd()}\n\n${block}\n\n`;
  const forPartners = (s !== -1 ? text.slice(0, s) : text).split('\n').slice(1).some((line) => /^\s*[-*] \S/.test(line));
  if (!forPartners) throw new Error(`CHANGELOG.md: the ${version} entry says nothing for partners: add a list of what changed for them above the facts.`);
  return changelog.slice(0, entry.start) + next + changelog.slice(entry.end);
}

function main(): number {
  const {values} = parseArgs({options: {check: {type: 'boolean', default: false}, file: {type: 'string', default: join(repoRoot, 'CHANGELOG.md')}}});
  const {version} = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {version: string};
  const changelog = readFileSync(values.file, 'utf8');
  let next: string;
  try {
    next = withFacts(changelog, version, loadContent());
  } catch (error) {
    console.error(`changelog: ${(error as Error).message}`);
    return 1;
  }
  if (values.check) {
    if (next === changelog) {
      console.log(`changelog: the ${version} entry is up to date with content/facts.yaml.`);
      return 0;
    }
    console.error(`changelog: the facts in CHANGELOG.md's ${version} entry are out of date with content/facts.yaml: run \`npm run changelog\` and commit the result.`);
    return 1;
  }
  if (next !== changelog) writeAtomic(values.file, next);
  console.log(next === changelog ? `changelog: the ${version} entry is already up to date.` : `changelog: wrote the facts of ${version} into CHANGELOG.md.`);
  return 0;
}

if (isMain(import.meta.url)) process.exitCode = main();

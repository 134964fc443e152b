/**
 * CHANGELOG.md: one entry per version, `## <version> (<date>)`, saying what changed for partners
 * (by hand) and which facts changed (here, from content/facts.yaml, which changesets and
 * conventional-changelog do not read): those dated after the previous version and on or before
 * this one, a fact's date being the day it was checked at its source, or copied from the seed.
 * Only the current version's facts are written; older entries stay as they were released.
 */
import type {GuideContent as Content, Service} from '../../content-model/types.js';
import {replaceBetween} from './replace-between.js';

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

/** A fact's date and what happened on it: checked at its source, or copied from the seed. */
function dated(content: Content, service: Service): {date: string; what: string} {
  if ('seed' in service.source)
    return {date: content.facts.seed.copied, what: `copied from the seed (${service.source.seed}) on ${content.facts.seed.copied}, not checked live`};
  return {date: service.source.checked, what: `checked on ${service.source.checked} at ${service.source.url} (${service.source.publisher})`};
}

/** The facts block for a version released on `date`, after a version released on `previous`. */
function factsBlock(content: Content, date: string, previous: string | undefined): string {
  const names = content.locales.en?.services ?? {};
  const changed = content.facts.services
    .map((service) => ({service, ...dated(content, service)}))
    .filter((f) => f.date <= date && (previous === undefined || f.date > previous))
    .sort((a, b) => a.date.localeCompare(b.date) || a.service.id.localeCompare(b.service.id));
  const intro =
    changed.length === 0
      ? [`No fact was checked or copied again since the previous version (${previous}).`]
      : previous === undefined
        ? ['First published. Every fact, with where it comes from and when (content/facts.yaml):', '']
        : [`Checked or copied again since the previous version (${previous}), and possibly changed (content/facts.yaml):`, ''];
  const facts = changed.map(({service, what}) => {
    const details = [service.phone?.international, service.dial, service.url].filter(Boolean).join(', ');
    return `- ${names[service.id] ?? service.id} (\`${service.id}\`)${details ? `: ${details}` : ''}; ${what}`;
  });
  return [factsStart, '### Facts', '', ...intro, ...facts, factsEnd].join('\n');
}

/** The changelog with the current version's facts written, or an error naming the fix. */
export function withFacts(changelog: string, version: string, content: Content): string {
  const all = entries(changelog);
  const index = all.findIndex((e) => e.version === version);
  if (index === -1)
    throw new Error(
      `CHANGELOG.md has no entry for ${version} (package.json's version): add "## ${version} (YYYY-MM-DD)" with the release date and what changed for partners, then run \`npm run changelog\`.`,
    );
  const entry = all[index];
  const late = content.facts.services.map((s) => ({id: s.id, date: dated(content, s).date})).filter((f) => f.date > entry.date);
  if (late.length > 0)
    throw new Error(
      `CHANGELOG.md: the ${version} entry is dated ${entry.date}, but content/facts.yaml has facts dated later (${late.map((f) => `${f.id} ${f.date}`).join(', ')}): set the entry's date to the release date.`,
    );
  // Entries are written newest first: the previous version is the next entry down.
  const previous = all[index + 1]?.date;
  const text = changelog.slice(entry.start, entry.end);
  const block = factsBlock(content, entry.date, previous);
  const next = replaceBetween(text, factsStart, factsEnd, block) ?? `${text.trimEnd()}\n\n${block}\n\n`;
  // A list item above the facts (the heading line is never one).
  if (!/^\s*[-*] \S/m.test(text.split(factsStart)[0]))
    throw new Error(`CHANGELOG.md: the ${version} entry says nothing for partners: add a list of what changed for them above the facts.`);
  return changelog.slice(0, entry.start) + next + changelog.slice(entry.end);
}

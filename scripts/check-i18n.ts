/**
 * `npm run i18n:check`: fails when a content key (checked by the content validator) or an
 * interface string is missing or empty in a locale: every trans-unit of xliff/<locale>.xlf
 * needs a non-empty <target> with the source's placeholders, and lit-localize.json and content/
 * must have the same locales. That xliff/ holds every msg() is scripts/generate.ts's check.
 * Why no standard tool: lit-localize has no check command; `lit-localize build` fills a missing
 * translation with the English text and only warns, and it knows nothing of content/.
 */
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {ContentValidationError, loadContent} from '../content-model/load.js';
import {cli} from './lib/cli.js';
import {repoRoot} from './lib/root.mjs';

interface Unit {
  id: string;
  source: string;
  target: string | undefined;
}

function readXliff(text: string): Unit[] {
  return [...text.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => ({
    id,
    source: body.match(/<source>([\s\S]*?)<\/source>/)?.[1] ?? '',
    target: body.match(/<target>([\s\S]*?)<\/target>/)?.[1],
  }));
}

const placeholders = (text: string) => (text.match(/<x id="\d+"/g) ?? []).sort().join(' ');

/** Every trans-unit of every target locale has a non-empty <target> keeping the source's placeholders. */
export function checkXliffTargets(xliffDir: string, targetLocales: readonly string[]): string[] {
  const problems: string[] = [];
  for (const locale of targetLocales) {
    const file = join(xliffDir, `${locale}.xlf`);
    if (!existsSync(file)) {
      problems.push(`${file}: missing; run \`npm run i18n:extract\` and translate it`);
      continue;
    }
    for (const unit of readXliff(readFileSync(file, 'utf8'))) {
      if (unit.target === undefined || unit.target.trim() === '') {
        problems.push(`${file}: trans-unit ${unit.id} ("${unit.source}") has no translation; add a <target>`);
      } else if (placeholders(unit.target) !== placeholders(unit.source)) {
        problems.push(`${file}: trans-unit ${unit.id}: the <target> must keep every <x id="N"/> placeholder of the <source>`);
      }
    }
  }
  return problems;
}

export function checkI18n(root: string): string[] {
  const problems: string[] = [];
  const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8')) as {
    sourceLocale: string;
    targetLocales: string[];
    interchange: {xliffDir: string};
  };
  const uiLocales = [config.sourceLocale, ...config.targetLocales].sort();

  let contentLocales: string[] = [];
  try {
    contentLocales = Object.keys(loadContent(join(root, 'content')).locales).sort();
  } catch (error) {
    if (!(error instanceof ContentValidationError)) throw error;
    problems.push(error.message);
  }
  if (contentLocales.length > 0 && contentLocales.join(',') !== uiLocales.join(',')) {
    problems.push(
      `lit-localize.json has the locales ${uiLocales.join(', ')} but content/ has ${contentLocales.join(', ')}; every language needs both its content and its interface strings`,
    );
  }

  const xliffDir = join(root, config.interchange.xliffDir);
  problems.push(...checkXliffTargets(xliffDir, config.targetLocales));

  return problems;
}

cli(import.meta.url, 'i18n', () => {
  const problems = checkI18n(repoRoot);
  if (problems.length > 0) throw new Error(`incomplete (${problems.length}):\n${problems.map((p) => `  ${p}`).join('\n')}`);
  console.log('i18n ok: every locale has every key');
});

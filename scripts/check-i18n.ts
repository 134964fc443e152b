/**
 * `npm run i18n:check`: fails when a content key (checked by the content validator) or an
 * interface string is missing or empty in a locale: every trans-unit of xliff/<locale>.xlf needs a
 * non-empty <target> with the source's placeholders, and lit-localize.json and content/ must have
 * the same locales. lit-localize has no such check: its build fills a missing translation with
 * the English text and only warns. That xliff/ holds every msg() is scripts/generate.ts's check.
 */
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {ContentValidationError, loadContent} from '../content-model/load.js';
import {cli} from './lib/cli.js';
import {repoRoot} from './lib/root.mjs';
import {readLocalizeConfig, readXliff} from './lib/xliff.js';

const placeholders = (text: string) => (text.match(/<x id="\d+"/g) ?? []).sort().join(' ');

/** Every trans-unit of every target locale has a non-empty <target> keeping the source's placeholders. */
export function checkXliffTargets(xliffDir: string, targetLocales: readonly string[]): string[] {
  return targetLocales.flatMap((locale) => {
    const file = join(xliffDir, `${locale}.xlf`);
    if (!existsSync(file)) return [`${file}: missing; run \`npm run i18n:extract\` and translate it`];
    return readXliff(file).flatMap(({id, source, target}) =>
      target === undefined || target.trim() === ''
        ? [`${file}: trans-unit ${id} ("${source}") has no translation; add a <target>`]
        : placeholders(target) !== placeholders(source)
          ? [`${file}: trans-unit ${id}: the <target> must keep every <x id="N"/> placeholder of the <source>`]
          : [],
    );
  });
}

export function checkI18n(root: string): string[] {
  const problems: string[] = [];
  const config = readLocalizeConfig(root);
  const uiLocales = [config.sourceLocale, ...config.targetLocales].sort();
  let contentLocales: string[] = [];
  try {
    contentLocales = Object.keys(loadContent(join(root, 'content')).locales).sort();
  } catch (error) {
    if (!(error instanceof ContentValidationError)) throw error;
    problems.push(error.message);
  }
  if (contentLocales.length > 0 && contentLocales.join(',') !== uiLocales.join(','))
    problems.push(
      `lit-localize.json has the locales ${uiLocales.join(', ')} but content/ has ${contentLocales.join(', ')}; every language needs both its content and its interface strings`,
    );
  return [...problems, ...checkXliffTargets(join(root, config.interchange.xliffDir), config.targetLocales)];
}

cli(import.meta.url, 'i18n', () => {
  const problems = checkI18n(repoRoot);
  if (problems.length > 0) throw new Error(`incomplete (${problems.length}):\n${problems.map((p) => `  ${p}`).join('\n')}`);
  console.log('i18n ok: every locale has every key');
});

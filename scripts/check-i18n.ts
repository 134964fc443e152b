/**
 * `npm run i18n:check`: fails when any interface string or content key is missing or empty
 * in any locale, or when the XLIFF files are older than the msg() calls in the code.
 *  - content/<locale>/guide.yaml: checked key by key by the content validator;
 *  - xliff/<locale>.xlf: every trans-unit has a non-empty <target> with the same placeholders;
 *  - the interface locales (lit-localize.json) and the content locales are the same set;
 *  - a fresh extraction finds no msg() id that xliff/ does not have.
 * Which interface locales are bundled needs no check: scripts/generate-content.ts writes that
 * map from lit-localize.json.
 * Why no standard tool: lit-localize has no check command; `lit-localize build` fills a missing
 * translation with the English text and only warns, and it knows nothing of content/.
 */
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {ContentValidationError, loadContent} from '../content-model/load.js';
import {isMain} from './is-main.mjs';
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

  // Extract afresh into a temporary folder and compare ids with the committed XLIFF.
  const temp = mkdtempSync(join(tmpdir(), 'kiut-i18n-'));
  try {
    const tempConfig = join(root, `.lit-localize-check-${process.pid}.json`);
    writeFileSync(tempConfig, JSON.stringify({...config, interchange: {...config.interchange, xliffDir: temp}}));
    try {
      execFileSync(join(root, 'node_modules/.bin/lit-localize'), ['extract', '--config', tempConfig], {cwd: root, stdio: 'pipe'});
    } finally {
      rmSync(tempConfig, {force: true});
    }
    for (const name of readdirSync(temp)) {
      const fresh = new Set(readXliff(readFileSync(join(temp, name), 'utf8')).map((u) => u.id));
      const committedFile = join(xliffDir, name);
      const committed = existsSync(committedFile) ? new Set(readXliff(readFileSync(committedFile, 'utf8')).map((u) => u.id)) : new Set<string>();
      for (const id of fresh) {
        if (!committed.has(id))
          problems.push(
            `${config.interchange.xliffDir}${name}: the code has a msg() with id ${id} that is not in the file; run \`npm run i18n:extract\` and translate it`,
          );
      }
    }
  } finally {
    rmSync(temp, {recursive: true, force: true});
  }
  return problems;
}

if (isMain(import.meta.url)) {
  const problems = checkI18n(repoRoot);
  if (problems.length > 0) {
    console.error(`i18n is incomplete (${problems.length}):\n${problems.map((p) => `  ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log('i18n ok: every locale has every key');
}

/** lit-localize.json and the trans-units of its XLIFF files, read alike by the generator and the i18n check. */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {repoRoot} from './root.mjs';

export interface LocalizeConfig {
  sourceLocale: string;
  targetLocales: string[];
  interchange: {xliffDir: string};
}

export const readLocalizeConfig = (root = repoRoot): LocalizeConfig => JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8')) as LocalizeConfig;

/** Each trans-unit's id, and its source and target as XML (placeholders included). */
export function readXliff(file: string): {id: string; source: string; target: string | undefined}[] {
  return [...readFileSync(file, 'utf8').matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => ({
    id,
    source: /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '',
    target: /<target>([\s\S]*?)<\/target>/.exec(body)?.[1],
  }));
}

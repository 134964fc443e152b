/**
 * Gzipped (-9) sizes of what a reader downloads, for the size budgets (test/budgets/) and
 * `npm run bench`: the two scripts, and each language's files beside them (its first screen, and
 * its full texts behind "More"). size-limit weighs files one by one; a reader downloads one script
 * and one language's files only (src/i18n/languages.ts; test/widget/language-files.test.ts).
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {rollup, type Plugin} from 'rollup';
import {widgetPlugins} from '../rollup.config.mjs';
import {languageFileName, languageFiles, partnerScripts} from './lib/integrity.js';
import {repoRoot} from './lib/root.mjs';

const gzip = (bytes: string | Buffer): number => gzipSync(bytes, {level: 9}).length;
const gzipBytes = (file: string): number => gzip(readFileSync(file));

/** Swaps the pictograms (their path data and the template that draws them) for nothing, to weigh what they cost. */
function withoutPictograms(): Plugin {
  const none = '\0kiut-no-pictograms';
  return {
    name: 'kiut-without-pictograms',
    resolveId: (source) => (/\/(action-pictogram-paths|pictogram)\.js$/.test(source) ? none : null),
    load: (loading) =>
      loading === none ? `export const actionPictogramPaths = {}; export const contentPictogram = () => '', actionPictogram = () => '';\n` : null,
  };
}

/** The ES module built in memory, with or without the pictograms, gzipped. */
async function moduleSize(pictograms: boolean): Promise<number> {
  const bundle = await rollup({
    input: join(repoRoot, 'src/index.ts'),
    plugins: [...(pictograms ? [] : [withoutPictograms()]), ...widgetPlugins({module: true, sourceMap: false})],
    onwarn: () => {},
  });
  const {output} = await bundle.generate({format: 'es'});
  await bundle.close();
  return gzip(output[0].code);
}

/**
 * The shipped scripts; `base`, the larger (Lit, the element, the interface strings, Hungarian's
 * hotline); each language's first screen and full texts; what the pictograms add to the script.
 */
export async function measureBundles(dist = join(repoRoot, 'dist')) {
  const [es, iife] = partnerScripts.map((script) => gzipBytes(join(dist, script)));
  const perLocale: Record<string, {first: number; full: number}> = {};
  for (const file of languageFiles(dist)) {
    const [, locale, full] = languageFileName.exec(file)!;
    perLocale[locale] ??= {first: 0, full: 0};
    perLocale[locale][full ? 'full' : 'first'] = gzipBytes(join(dist, file));
  }
  const pictograms = (await moduleSize(true)) - (await moduleSize(false));
  return {shipped: {es, iife}, base: Math.max(es, iife), perLocale, pictograms};
}

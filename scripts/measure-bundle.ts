/**
 * Gzipped sizes of the widget bundle, for the size budgets (test/budgets/) and `npm run bench`.
 * The base is what DESIGN.md names: Lit, the element and Hungarian (its content and its
 * interface strings; English interface strings are the source texts in the code). Each further
 * language is measured as what adding it costs: its content and its interface strings, since a
 * reader of that language needs both (and a language file will carry both).
 * Why no standard tool: size-limit and rollup's size plugins weigh the files a build makes;
 * the cost of one language takes bundles built with one locale more or less, which a small
 * rollup plugin here swaps in, around the shipped build's own plugins (rollup.config.mjs).
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {rollup, type Plugin} from 'rollup';
import {widgetPlugins} from '../rollup.config.mjs';
import {localeIdentifier} from './lib/locale-identifier.js';
import {repoRoot} from './lib/root.mjs';

function gzipBytes(code: string | Buffer): number {
  return gzipSync(code, {level: 9}).length;
}

/**
 * Swaps the generated modules that list every locale (content and interface strings) for ones
 * that list only `locales`.
 */
function onlyLocales(locales: string[]): Plugin {
  const texts = '\0kiut-texts-variant';
  const strings = '\0kiut-interface-variant';
  const list = (name: string) =>
    `{${locales
      .filter((l) => name !== strings || l !== 'en')
      .map((l) => `'${l}': ${localeIdentifier(l)}`)
      .join(', ')}}`;
  return {
    name: 'kiut-only-locales',
    resolveId(source) {
      if (source.endsWith('/generated/texts.js')) return texts;
      if (source.endsWith('/generated/interface-locales.js')) return strings;
      return null;
    },
    load(loading) {
      if (loading === texts) {
        return (
          locales.map((l) => `import {texts as ${localeIdentifier(l)}} from '${join(repoRoot, 'src/generated', `texts-${l}.ts`)}';\n`).join('') +
          `export const textsByLocale = ${list(texts)};\n`
        );
      }
      if (loading === strings) {
        // English is lit-localize's source locale: its strings are the code's own.
        return (
          locales
            .filter((l) => l !== 'en')
            .map((l) => `import * as ${localeIdentifier(l)} from '${join(repoRoot, 'src/i18n/generated/locales', `${l}.ts`)}';\n`)
            .join('') + `export const interfaceLocales = ${list(strings)};\n`
        );
      }
      return null;
    },
  };
}

/** Swaps the pictograms (their path data and the template that draws them) for nothing, to weigh what they cost. */
function withoutPictograms(): Plugin {
  const none = '\0kiut-no-pictograms';
  return {
    name: 'kiut-without-pictograms',
    resolveId: (source) => (source.endsWith('/pictogram-paths.js') || source.endsWith('/pictogram.js') ? none : null),
    load: (loading) => (loading === none ? `export const pictogramPaths = {}; export const pictogram = () => '';\n` : null),
  };
}

/** Builds the ES bundle in memory with only the given content locales (and without pictograms); returns its gzipped size. */
async function variantSize(locales: string[], pictograms = true): Promise<number> {
  const bundle = await rollup({
    input: join(repoRoot, 'src/index.ts'),
    plugins: [onlyLocales(locales), ...(pictograms ? [] : [withoutPictograms()]), ...widgetPlugins({module: true, sourceMap: false})],
    onwarn: () => {},
  });
  const {output} = await bundle.generate({format: 'es'});
  await bundle.close();
  return gzipBytes(output[0].code);
}

export interface BundleSizes {
  /** dist/kiut-guide.js and dist/kiut-guide.iife.js as shipped, gzipped. */
  shipped: {es: number; iife: number};
  /** Lit + element + Hungarian (content and interface strings). */
  base: number;
  /** What each further language (content and interface strings) adds to the base. */
  perLocale: Record<string, number>;
  /** What the pictograms (their path data and their template) add to the base. */
  pictograms: number;
}

export async function measureBundles(locales: string[]): Promise<BundleSizes> {
  const base = await variantSize(['hu']);
  const perLocale: Record<string, number> = {};
  for (const locale of locales.filter((l) => l !== 'hu')) {
    perLocale[locale] = (await variantSize(['hu', locale])) - base;
  }
  return {
    shipped: {
      es: gzipBytes(readFileSync(join(repoRoot, 'dist/kiut-guide.js'))),
      iife: gzipBytes(readFileSync(join(repoRoot, 'dist/kiut-guide.iife.js'))),
    },
    base,
    perLocale,
    pictograms: base - (await variantSize(['hu'], false)),
  };
}

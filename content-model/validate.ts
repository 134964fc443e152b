/**
 * Checks raw, parsed content: each file against its schema (schema.ts), then the rules that
 * relate values to each other (refine-facts.ts, refine-locale.ts, refine-dead-ends.ts). It never throws on bad data:
 * it collects every problem with the file, the path inside it and the fix, so that one run tells
 * an editor everything that is wrong: a facts.yaml with problems does not hide those of the
 * locales, and a source locale with problems does not hide those of its translations.
 */
import * as v from 'valibot';
import {contentSourceLocale as sourceLocale} from '../src/i18n/source-locales.js';
import {formatPath, under, type IsBad, type Path} from './path.js';
import {factsRules} from './refine-facts.js';
import {refineDeadEnds} from './refine-dead-ends.js';
import {refineLocale, type FactIndex} from './refine-locale.js';
import {FactsSchema, localeSchema, type LocaleKeys} from './schema.js';
import type {SourceTexts} from './sources.js';
import type {Facts, GuideContent, LocaleTexts} from './types.js';
import {asList, isObject, type Obj} from './unknown-data.js';

export {maxTextLength} from './schema.js';

export interface ContentError {
  file: string;
  /** Path inside the file, e.g. `services[0].phone.e164`. */
  path: string;
  message: string;
}

export interface RawContent {
  facts: {file: string; data: unknown};
  locales: {locale: string; file: string; data: unknown}[];
  /** The seed and the excerpts of other sources, which quotes are checked against. */
  sources: SourceTexts;
}

/** The keys of an issue's path: the content is YAML read as JSON, so every key is a text or an index. */
const keysOf = (issue: v.BaseIssue<unknown>): Path => issue.path?.map((item) => item.key as string | number) ?? [];

interface Checked {
  value: unknown;
  errors: ContentError[];
  /** Whether the schema rejected a path or one above it. */
  isBad: IsBad;
}

function check(schema: v.GenericSchema, data: unknown, file: string): Checked {
  const result = v.safeParse(schema, data, {abortPipeEarly: true});
  const issues = result.issues ?? [];
  const errors = issues.map((issue) => ({file, path: formatPath(keysOf(issue)), message: issue.message}));
  return {value: result.output, errors, isBad: under(issues.map(keysOf))};
}

/** The ids of the records in a list, as far as they can be read (also when the file has other problems). */
function idsOf(value: unknown): string[] {
  return asList(value).flatMap((item) => (isObject(item) && typeof item.id === 'string' ? [item.id] : []));
}

/** The keys every locale must have, from the facts as far as they can be read. */
export function localeKeys(facts: Obj): LocaleKeys {
  const services = asList(facts.services).filter(isObject);
  const unique = (ids: unknown[]) => [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
  return {
    sections: idsOf(facts.sections),
    services: idsOf(facts.services),
    types: unique(services.flatMap((s) => asList(s.types))),
    eligibility: unique(services.flatMap((s) => asList(s.eligibility).map((e) => (isObject(e) ? e.id : undefined)))),
    materials: idsOf(facts.materials),
    needs: ['question', ...unique(asList(facts.needs))],
  };
}

function factIndex(facts: Obj): FactIndex {
  const services = asList(facts.services).filter(isObject);
  return {
    services: new Map(
      services.flatMap((s) =>
        typeof s.id === 'string'
          ? [
              [
                s.id,
                {
                  phone: isObject(s.phone),
                  dial: typeof s.dial === 'string',
                  url: typeof s.url === 'string',
                  types: Array.isArray(s.types),
                  eligibility: Array.isArray(s.eligibility),
                },
              ] as const,
            ]
          : [],
      ),
    ),
    materials: new Set(idsOf(facts.materials)),
    sections: new Map(
      asList(facts.sections).flatMap((s) =>
        // A summary sentence restates a seed paragraph, an advice, or a service of the section
        // (which then stands for that service's own sources).
        isObject(s) && typeof s.id === 'string'
          ? [[s.id, [...asList(s.seed), ...asList(s.advice), ...asList(s.services)] as (number | string)[]] as const]
          : [],
      ),
    ),
  };
}

/** Validates everything; returns the content only when there is not a single error. */
export function validateContent(raw: RawContent): {content?: GuideContent; errors: ContentError[]} {
  // The facts' own cross-field rules run in the schema's pipe, on facts it accepted.
  const facts = check(v.pipe(FactsSchema, factsRules(raw.sources)), raw.facts.data, raw.facts.file);
  const errors = [...facts.errors];
  const fail = (file: string) => (path: Path, message: string) => errors.push({file, path: formatPath(path), message});
  // The locales' rules read the facts as far as they can be read: a facts.yaml with problems
  // does not hide those of the locales.
  const factsValue = isObject(facts.value) ? facts.value : {};

  const sourceEntry = raw.locales.find((l) => l.locale === sourceLocale);
  if (!sourceEntry) {
    errors.push({
      file: raw.facts.file,
      path: '(content folder)',
      message: `the source locale "${sourceLocale}" has no texts; add content/${sourceLocale}/guide.yaml`,
    });
    return {errors};
  }
  const keys = localeKeys(factsValue);
  const index = factIndex(factsValue);
  const source = check(localeSchema(keys, ' Add it: every id in facts.yaml needs its text in the source locale.'), sourceEntry.data, sourceEntry.file);
  errors.push(...source.errors);
  const sourceFile = {locale: sourceLocale, file: sourceEntry.file, texts: isObject(source.value) ? source.value : {}};
  refineLocale(sourceFile, index, undefined, fail(sourceEntry.file), source.isBad, source.isBad);
  refineDeadEnds(factsValue, sourceFile.texts, fail(sourceEntry.file), source.isBad);

  // Every translation has the source's print texts.
  const printKeys = isObject(sourceFile.texts.print) ? Object.keys(sourceFile.texts.print) : [];
  // And says what each of its Hungarian phrases means.
  const phraseKeys = isObject(sourceFile.texts.phrases) ? Object.keys(sourceFile.texts.phrases) : [];
  const locales: Record<string, LocaleTexts> = {[sourceLocale]: source.value as LocaleTexts};
  for (const entry of raw.locales) {
    if (entry.locale === sourceLocale) continue;
    const translation = check(
      localeSchema({...keys, print: printKeys, phrases: phraseKeys}, ` Translate it from ${sourceEntry.file} at the same path.`),
      entry.data,
      entry.file,
    );
    errors.push(...translation.errors);
    refineLocale(
      {locale: entry.locale, file: entry.file, texts: isObject(translation.value) ? translation.value : {}},
      index,
      sourceFile,
      fail(entry.file),
      translation.isBad,
      source.isBad,
    );
    locales[entry.locale] = translation.value as LocaleTexts;
  }
  if (errors.length > 0) return {errors};
  return {content: {facts: facts.value as Facts, locales}, errors: []};
}

export function formatError(error: ContentError): string {
  return `${error.file}: ${error.path}: ${error.message}`;
}

/**
 * Checks raw, parsed content against the content model. It never throws on bad data: it
 * collects every problem with the file, the path inside it and the fix, so that one run
 * tells an editor everything that is wrong.
 */
import {tokenKinds, splitTokens} from './tokens.js';
import type {Content, Facts, LocaleTexts} from './types.js';
import {sourceLocale} from './types.js';

export interface ContentError {
  file: string;
  /** Path inside the file, e.g. `services[0].phone.e164`. */
  path: string;
  message: string;
}

export interface RawContent {
  facts: {file: string; data: unknown};
  locales: {locale: string; file: string; data: unknown}[];
}

const serviceKinds = [
  'hotline',
  'shelter',
  'state-victim-support',
  'temporary-home',
  'domestic-violence',
  'homeless',
  'temporary-care-home',
  'directory',
  'return-programme',
];
const serviceFields = ['id', 'kind', 'phone', 'url', 'hours', 'free', 'referral', 'material', 'types', 'eligibility', 'needs', 'source', 'verified'];
const localeFields = ['locale', 'language', 'review', 'source', 'title', 'hotline', 'sections', 'services', 'types', 'eligibility', 'materials', 'needs', 'print'];
const allowedSchemes = ['https:', 'http:', 'tel:', 'mailto:'];
const idPattern = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const e164Pattern = /^\+[1-9]\d{6,14}$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const localePattern = /^[a-z]{2,3}(-[A-Z]{2})?$/;
/** Long enough for the longest paragraph of the source, short enough to catch a pasted page. */
export const maxTextLength = 1200;

// Markup of any kind: tags, character references, Markdown links and emphasis.
const markupPatterns: [RegExp, string][] = [
  [/<\s*[a-z!/?]/i, 'an HTML tag'],
  [/&(#\d+|#x[0-9a-f]+|[a-z]+);/i, 'an HTML character reference'],
  [/\]\(/, 'a Markdown link'],
  [/\*\*|__/, 'Markdown emphasis'],
  [/javascript:/i, 'a javascript: URL'],
];
// Bidirectional overrides and isolates can make a text read differently from what it says;
// other control characters have no business in plain text. C1 controls (U+0080-U+009F,
// e.g. U+009B, a terminal escape) and the Arabic letter mark U+061C are included too: YAML
// lets an editor write them as "\u009b" in a quoted string. Zero-width characters (U+200B-U+200D,
// U+2060, U+FEFF) hide inside words and make a search or a copied number fail; none of our
// languages needs them.
// eslint-disable-next-line no-control-regex
const controlPattern = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2060\ufeff\u202a-\u202e\u2066-\u2069]/;
// A text never spells out a number or an address: facts live once, in facts.yaml. A run of
// seven or more digits (spaces, dashes, slashes, dots and brackets allowed between them), a
// URL scheme, "www." or a domain such as "okit.hu" in a text is a fact written by hand that
// the tests cannot keep true.
const spelledNumberPattern = /\+?\d(?:[\s\-/.()]*\d){6,}/;
const spelledAddressPattern = /\b(?:https?:\/\/|www\.)|\b[a-z0-9-]+\.(?:hu|com|org|net|int|eu|gov|info|ua)\b/i;

type Obj = Record<string, unknown>;

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

class Checker {
  readonly errors: ContentError[] = [];
  constructor(readonly file: string) {}

  fail(path: string, message: string): void {
    this.errors.push({file: this.file, path, message});
  }

  object(value: unknown, path: string): Obj | undefined {
    if (isObject(value)) return value;
    this.fail(path, `must be a mapping of keys to values (key: value, one a line), found ${describe(value)}`);
    return undefined;
  }

  array(value: unknown, path: string): unknown[] | undefined {
    if (Array.isArray(value)) return value;
    this.fail(path, `must be a list (items written "- item" or [a, b]), found ${describe(value)}`);
    return undefined;
  }

  string(value: unknown, path: string): string | undefined {
    if (typeof value === 'string' && value.trim() !== '') return value;
    if (value === undefined) this.fail(path, 'is missing; add it as a non-empty text');
    else this.fail(path, `must be a non-empty text, found ${describe(value)}; write the text (in quotes if it has a colon)`);
    return undefined;
  }

  /** A text a reader sees: plain, bounded, free of markup and of direction tricks. */
  text(value: unknown, path: string): string | undefined {
    const text = this.string(value, path);
    if (text === undefined) return undefined;
    for (const [pattern, what] of markupPatterns) {
      if (pattern.test(text)) {
        this.fail(path, `contains ${what}; texts are plain text. Remove it, and write facts as {tel:ID}, {link:ID} or {material:ID} tokens`);
        return undefined;
      }
    }
    if (controlPattern.test(text)) {
      this.fail(path, 'contains a control or bidirectional-override character; remove it (the text direction comes from the locale)');
      return undefined;
    }
    if (spelledNumberPattern.test(text) || spelledAddressPattern.test(text)) {
      this.fail(path, 'spells out a phone number or an address; write it in facts.yaml once and refer to it with a {tel:ID}, {tel-domestic:ID} or {link:ID} token');
      return undefined;
    }
    if (text.length > maxTextLength) {
      this.fail(path, `is ${text.length} characters long; split it into paragraphs of at most ${maxTextLength}`);
      return undefined;
    }
    return text;
  }

  id(value: unknown, path: string): string | undefined {
    const id = this.string(value, path);
    if (id !== undefined && !idPattern.test(id)) {
      this.fail(path, `"${id}" is not a valid id; use lowercase letters, digits and single hyphens`);
      return undefined;
    }
    return id;
  }

  /** Keys the content model does not know are typos as often as not (`phon:` for `phone:`): a
   * misspelt optional field would otherwise vanish without a word. */
  knownKeys(object: Obj, allowed: readonly string[], path: string): void {
    for (const key of Object.keys(object)) {
      if (!allowed.includes(key)) this.fail(join(path, key), `is not a known field here; use only ${allowed.join(', ')} (check the spelling, or remove it)`);
    }
  }

  oneOf(value: unknown, allowed: readonly string[], path: string): void {
    if (typeof value !== 'string' || !allowed.includes(value)) {
      this.fail(path, `must be one of ${allowed.join(', ')}, found ${describe(value)}`);
    }
  }

  date(value: unknown, path: string): void {
    const text = typeof value === 'string' ? value : value instanceof Date ? value.toISOString().slice(0, 10) : undefined;
    // Date.parse('2026-02-30') is 2 March, not an error: a real date reads back unchanged.
    const real = text !== undefined && datePattern.test(text) && !Number.isNaN(Date.parse(text)) && new Date(text).toISOString().slice(0, 10) === text;
    if (!real) {
      this.fail(path, `must be a real date written YYYY-MM-DD, found ${describe(value)}; write the day the fact was last checked at its source, e.g. 2026-11-27`);
    } else if (Date.parse(text) > Date.now() + 86_400_000) {
      this.fail(path, `${text} is in the future; write the day the fact was last checked at its source`);
    }
  }

  url(value: unknown, path: string): void {
    const text = this.string(value, path);
    if (text === undefined) return;
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      this.fail(path, `"${text}" is not an absolute URL; write it with its scheme, e.g. https://example.org/`);
      return;
    }
    if (!allowedSchemes.includes(url.protocol)) {
      this.fail(path, `scheme "${url.protocol}" is not allowed; use one of ${allowedSchemes.join(' ')}`);
    } else if (/[\s<>"'`]/.test(text)) {
      this.fail(path, 'contains spaces or quote characters; percent-encode them');
    }
  }

  idList(value: unknown, path: string, known: Set<string>, what: string): string[] {
    const list = this.array(value, path) ?? [];
    const seen = new Set<string>();
    list.forEach((item, index) => {
      const id = this.id(item, `${path}[${index}]`);
      if (id === undefined) return;
      if (!known.has(id)) this.fail(`${path}[${index}]`, `"${id}" is not a known ${what}; use one of ${[...known].join(', ')}`);
      if (seen.has(id)) this.fail(`${path}[${index}]`, `"${id}" is listed twice; remove the repeat`);
      seen.add(id);
    });
    return list.filter((item): item is string => typeof item === 'string');
  }

  /** One id that must name a known record (a service's `referral` or `material`). */
  ref(value: unknown, path: string, known: Set<string>, what: string): void {
    const id = this.id(value, path);
    if (id !== undefined && !known.has(id)) this.fail(path, `"${id}" is not a known ${what}; use one of ${[...known].join(', ')}`);
  }
}

/** `services[0]` + `phone` → `services[0].phone`; the file's top level has no prefix. */
function join(path: string, key: string): string {
  return path === '(top level)' ? key : `${path}.${key}`;
}

function digits(text: string): string {
  return text.replace(/\D/g, '');
}

function checkFacts(raw: unknown, file: string): {facts?: Facts; errors: ContentError[]} {
  const c = new Checker(file);
  const root = c.object(raw, '(top level)');
  if (!root) return {errors: c.errors};
  c.knownKeys(root, ['schema', 'verified', 'services', 'materials', 'needs', 'sections'], '(top level)');
  if (root.schema !== 1) c.fail('schema', `must be 1, found ${describe(root.schema)}; write "schema: 1"`);
  c.date(root.verified, 'verified');

  const needIds = new Set(c.idList(root.needs, 'needs', new Set((Array.isArray(root.needs) ? root.needs : []).map(String)), 'need'));

  const materials = c.array(root.materials, 'materials') ?? [];
  const materialIds = new Set<string>();
  materials.forEach((item, index) => {
    const path = `materials[${index}]`;
    const material = c.object(item, path);
    if (!material) return;
    c.knownKeys(material, ['id', 'url', 'source'], path);
    const id = c.id(material.id, `${path}.id`);
    if (id !== undefined) {
      if (materialIds.has(id)) c.fail(`${path}.id`, `"${id}" is used twice; ids must be unique, so rename or merge one of them`);
      materialIds.add(id);
    }
    if (material.url !== undefined) c.url(material.url, `${path}.url`);
    c.string(material.source, `${path}.source`);
  });

  const services = c.array(root.services, 'services') ?? [];
  const serviceIds = new Set<string>();
  for (const item of services) {
    if (isObject(item) && typeof item.id === 'string') serviceIds.add(item.id);
  }
  const seen = new Set<string>();
  services.forEach((item, index) => {
    const path = `services[${index}]`;
    const service = c.object(item, path);
    if (!service) return;
    c.knownKeys(service, serviceFields, path);
    const id = c.id(service.id, `${path}.id`);
    if (id !== undefined) {
      if (seen.has(id)) c.fail(`${path}.id`, `"${id}" is used twice; each service is written once, so merge the two records or rename one`);
      seen.add(id);
    }
    c.oneOf(service.kind, serviceKinds, `${path}.kind`);
    if (service.phone !== undefined) {
      const phone = c.object(service.phone, `${path}.phone`);
      if (phone) {
        c.knownKeys(phone, ['e164', 'international', 'domestic'], `${path}.phone`);
        const e164 = c.string(phone.e164, `${path}.phone.e164`);
        if (e164 !== undefined && !e164Pattern.test(e164)) {
          c.fail(`${path}.phone.e164`, `"${e164}" is not E.164; write + then the country code and number, digits only, e.g. "+3680205520"`);
        }
        const international = c.string(phone.international, `${path}.phone.international`);
        const domestic = c.string(phone.domestic, `${path}.phone.domestic`);
        // The display forms must dial the same number as the link, or a reader who types
        // the number by hand reaches somebody else.
        if (e164 !== undefined && international !== undefined && digits(international) !== digits(e164)) {
          c.fail(`${path}.phone.international`, `"${international}" does not match e164 "${e164}"; correct whichever is wrong`);
        }
        if (e164 !== undefined && domestic !== undefined && e164.startsWith('+36') && `06${e164.slice(3)}` !== digits(domestic)) {
          c.fail(`${path}.phone.domestic`, `"${domestic}" does not match e164 "${e164}"; write it as 06 followed by the number after +36 (e.g. "06/80-20-55-20"), or correct the e164`);
        }
      }
    }
    if (service.url !== undefined) c.url(service.url, `${path}.url`);
    if (service.hours !== undefined) c.oneOf(service.hours, ['always'], `${path}.hours`);
    if (service.free !== undefined) c.oneOf(service.free, ['from-hungary'], `${path}.free`);
    if (service.referral !== undefined) c.ref(service.referral, `${path}.referral`, serviceIds, 'service id');
    if (service.material !== undefined) c.ref(service.material, `${path}.material`, materialIds, 'material id');
    if (service.types !== undefined) c.idList(service.types, `${path}.types`, new Set(Array.isArray(service.types) ? service.types.map(String) : []), 'type');
    if (service.eligibility !== undefined) {
      c.idList(service.eligibility, `${path}.eligibility`, new Set(Array.isArray(service.eligibility) ? service.eligibility.map(String) : []), 'eligibility');
    }
    c.idList(service.needs, `${path}.needs`, needIds, 'need');
    c.string(service.source, `${path}.source`);
    c.date(service.verified, `${path}.verified`);
    if (service.kind === 'hotline' && service.phone === undefined) {
      c.fail(`${path}.phone`, 'a hotline needs a phone number; add phone: with e164, international and domestic');
    }
  });

  const sections = c.array(root.sections, 'sections') ?? [];
  const sectionIds = new Set<string>();
  sections.forEach((item, index) => {
    const path = `sections[${index}]`;
    const section = c.object(item, path);
    if (!section) return;
    c.knownKeys(section, ['id', 'services'], path);
    const id = c.id(section.id, `${path}.id`);
    if (id !== undefined) {
      if (sectionIds.has(id)) c.fail(`${path}.id`, `"${id}" is used twice; rename or merge one of the sections`);
      sectionIds.add(id);
    }
    c.idList(section.services, `${path}.services`, serviceIds, 'service id');
  });
  if (!sectionIds.has('hotline')) c.fail('sections', 'must contain the "hotline" section; add "- id: hotline" with the hotline service');
  if (!services.some((s) => isObject(s) && s.kind === 'hotline')) c.fail('services', 'must contain a service of kind "hotline"; the guide is built around it');

  if (c.errors.length > 0) return {errors: c.errors};
  const facts = root as unknown as Facts;
  // YAML reads an unquoted date as a Date; the content model keeps dates as text.
  facts.verified = String(root.verified instanceof Date ? root.verified.toISOString().slice(0, 10) : root.verified);
  for (const service of facts.services) {
    const verified = service.verified as unknown;
    if (verified instanceof Date) service.verified = verified.toISOString().slice(0, 10);
  }
  return {facts, errors: []};
}

/** The keys every locale must have, derived from the facts, so a new fact needs its texts. */
function requiredKeys(facts: Facts): Record<string, string[]> {
  return {
    sections: facts.sections.map((s) => s.id),
    services: facts.services.map((s) => s.id),
    types: [...new Set(facts.services.flatMap((s) => s.types ?? []))],
    eligibility: ['title', ...new Set(facts.services.flatMap((s) => s.eligibility ?? []))],
    materials: facts.materials.map((m) => m.id),
    needs: ['question', ...facts.needs],
  };
}

function tokenSignature(text: string): string {
  return splitTokens(text)
    .filter((piece) => typeof piece !== 'string')
    .map((piece) => (typeof piece === 'string' ? '' : `${piece.kind}:${piece.id}`))
    .sort()
    .join(' ');
}

function checkLocale(
  raw: unknown,
  locale: string,
  file: string,
  facts: Facts,
  source: LocaleTexts | undefined,
  sourceFile: string,
): {texts?: LocaleTexts; errors: ContentError[]} {
  const c = new Checker(file);
  const root = c.object(raw, '(top level)');
  if (!root) return {errors: c.errors};
  c.knownKeys(root, localeFields, '(top level)');
  if (!localePattern.test(locale)) c.fail('(file name)', `"${locale}" is not a locale code; name the folder like "en" or "pt-BR"`);
  if (root.locale !== locale) c.fail('locale', `must be "${locale}", the name of its folder, found ${describe(root.locale)}`);
  c.text(root.language, 'language');
  c.oneOf(root.review, ['pending', 'done'], 'review');
  c.string(root.source, 'source');

  const servicesById = new Map(facts.services.map((s) => [s.id, s]));
  const materialIds = new Set(facts.materials.map((m) => m.id));
  const missingFix = source ? ` Translate it from ${sourceFile} at the same path.` : ' Add it: every id in facts.yaml needs its text in the source locale.';

  const checkTokens = (text: string, path: string, sourceText: string | undefined) => {
    // Braces that are not a whole token would reach the reader as stray punctuation.
    const leftover = text.replace(/\{[a-z-]+:[a-z0-9-]+\}/g, '');
    if (/[{}]/.test(leftover)) c.fail(path, `has a brace that is not part of a {kind:id} token; remove it, or write the token whole, e.g. {tel:okit} (kinds: ${tokenKinds.join(', ')})`);
    for (const piece of splitTokens(text)) {
      if (typeof piece === 'string') continue;
      if (!(tokenKinds as readonly string[]).includes(piece.kind)) {
        c.fail(path, `token {${piece.kind}:${piece.id}} has an unknown kind; use one of ${tokenKinds.join(', ')}`);
        continue;
      }
      if (piece.kind === 'material') {
        if (!materialIds.has(piece.id)) c.fail(path, `token {material:${piece.id}} names no material in facts.yaml; use one of ${[...materialIds].join(', ')}`);
        continue;
      }
      const service = servicesById.get(piece.id);
      if (!service) c.fail(path, `token {${piece.kind}:${piece.id}} names no service in facts.yaml; use one of ${[...servicesById.keys()].join(', ')}, or add the service`);
      else if (piece.kind.startsWith('tel') && !service.phone) c.fail(path, `token {${piece.kind}:${piece.id}}: service "${piece.id}" has no phone; add it in facts.yaml or remove the token`);
      else if (piece.kind === 'link' && !service.url) c.fail(path, `token {link:${piece.id}}: service "${piece.id}" has no url; add it in facts.yaml or remove the token`);
    }
    // A translation must carry the same numbers and links as the source, or a reader of
    // that language silently loses a way to get help.
    if (sourceText !== undefined && tokenSignature(text) !== tokenSignature(sourceText)) {
      c.fail(path, `has the tokens [${tokenSignature(text)}] but the source text has [${tokenSignature(sourceText)}]; keep every {kind:id} token of ${sourceFile}`);
    }
  };

  const textMap = (value: unknown, path: string, keys: string[], sourceMap: Record<string, unknown> | undefined) => {
    const map = c.object(value, path);
    if (!map) return;
    for (const key of keys) {
      if (!(key in map)) c.fail(join(path, key), `is missing.${missingFix}`);
      else {
        const text = c.text(map[key], join(path, key));
        if (text !== undefined) checkTokens(text, join(path, key), sourceMap?.[key] as string | undefined);
      }
    }
    for (const key of Object.keys(map)) {
      if (!keys.includes(key)) c.fail(join(path, key), `is not a known key here; expected only ${keys.join(', ')} (check the spelling, or remove it)`);
    }
  };

  const keys = requiredKeys(facts);
  const hotlineKeys = ['badge', 'name', 'short', 'free', 'hours'];
  // The title sits at the top level; wrapping it lets it share the checks of the other texts.
  textMap('title' in root ? {title: root.title} : {}, '(top level)', ['title'], source ? {title: source.title} : undefined);
  textMap(root.hotline, 'hotline', hotlineKeys, source?.hotline);
  for (const group of ['services', 'types', 'eligibility', 'materials', 'needs'] as const) {
    textMap(root[group], group, keys[group], source?.[group]);
  }
  const printKeys = source ? Object.keys(source.print) : Object.keys(isObject(root.print) ? root.print : {});
  if (printKeys.length === 0) c.fail('print', 'must hold the texts of the printed materials; add them as key: text');
  textMap(root.print, 'print', printKeys, source?.print);

  const sections = c.object(root.sections, 'sections');
  if (sections) {
    for (const key of Object.keys(sections)) {
      if (!keys.sections.includes(key)) c.fail(`sections.${key}`, `is not a section in facts.yaml; expected only ${keys.sections.join(', ')} (rename it, or add the section to facts.yaml)`);
    }
    for (const id of keys.sections) {
      const path = `sections.${id}`;
      if (!(id in sections)) {
        c.fail(path, `is missing.${missingFix}`);
        continue;
      }
      const section = c.object(sections[id], path);
      if (!section) continue;
      c.knownKeys(section, ['title', 'blocks'], path);
      // A title is a text like any other: its tokens must resolve and match the source's.
      const title = c.text(section.title, `${path}.title`);
      if (title !== undefined) checkTokens(title, `${path}.title`, source?.sections[id]?.title);
      const blocks = c.array(section.blocks, `${path}.blocks`);
      if (!blocks) continue;
      if (blocks.length === 0) c.fail(`${path}.blocks`, 'must hold at least one paragraph; write the section text');
      const sourceBlocks = source?.sections[id]?.blocks;
      if (sourceBlocks && sourceBlocks.length !== blocks.length) {
        c.fail(`${path}.blocks`, `has ${blocks.length} blocks but ${sourceFile} has ${sourceBlocks.length}; translate each block, in the same order, one for one`);
      }
      blocks.forEach((block, index) => {
        const blockPath = `${path}.blocks[${index}]`;
        const sourceBlock = sourceBlocks?.[index];
        if (typeof block === 'string') {
          if (sourceBlock !== undefined && typeof sourceBlock !== 'string') c.fail(blockPath, `must be a ${Object.keys(sourceBlock)[0]} block, as in ${sourceFile}`);
          const text = c.text(block, blockPath);
          if (text !== undefined) checkTokens(text, blockPath, typeof sourceBlock === 'string' ? sourceBlock : undefined);
          return;
        }
        const object = c.object(block, blockPath);
        if (!object) return;
        const kind = Object.keys(object);
        if (kind.length !== 1 || !['list', 'types'].includes(kind[0])) {
          c.fail(blockPath, 'must be a text, a {list: [...]} or a {types: SERVICE-ID} block');
          return;
        }
        if (sourceBlock !== undefined && (typeof sourceBlock === 'string' || Object.keys(sourceBlock)[0] !== kind[0])) {
          c.fail(blockPath, `must be a ${typeof sourceBlock === 'string' ? 'text' : Object.keys(sourceBlock)[0]} block, as in ${sourceFile}`);
        }
        if (kind[0] === 'types') {
          const service = servicesById.get(String(object.types));
          if (!service?.types) c.fail(`${blockPath}.types`, `"${String(object.types)}" is not a service with types in facts.yaml; use the id of one that has types:`);
          return;
        }
        const items = c.array(object.list, `${blockPath}.list`);
        if (!items) return;
        if (items.length === 0) c.fail(`${blockPath}.list`, 'must hold at least one item; write the items, or make the block a paragraph');
        const sourceItems = sourceBlock !== undefined && typeof sourceBlock !== 'string' && 'list' in sourceBlock ? sourceBlock.list : undefined;
        if (sourceItems && sourceItems.length !== items.length) {
          c.fail(`${blockPath}.list`, `has ${items.length} items but ${sourceFile} has ${sourceItems.length}; translate each item, one for one`);
        }
        items.forEach((item, itemIndex) => {
          const text = c.text(item, `${blockPath}.list[${itemIndex}]`);
          if (text !== undefined) checkTokens(text, `${blockPath}.list[${itemIndex}]`, sourceItems?.[itemIndex]);
        });
      });
    }
  }

  if (c.errors.length > 0) return {errors: c.errors};
  return {texts: root as unknown as LocaleTexts, errors: []};
}

/** Validates everything; returns the content only when there is not a single error. */
export function validateContent(raw: RawContent): {content?: Content; errors: ContentError[]} {
  const {facts, errors} = checkFacts(raw.facts.data, raw.facts.file);
  if (!facts) return {errors};
  const sourceEntry = raw.locales.find((l) => l.locale === sourceLocale);
  if (!sourceEntry) {
    return {errors: [{file: raw.facts.file, path: '(content folder)', message: `the source locale "${sourceLocale}" has no texts; add content/${sourceLocale}/guide.yaml`}]};
  }
  const sourceResult = checkLocale(sourceEntry.data, sourceLocale, sourceEntry.file, facts, undefined, sourceEntry.file);
  if (!sourceResult.texts) return {errors: sourceResult.errors};
  const locales: Record<string, LocaleTexts> = {[sourceLocale]: sourceResult.texts};
  const all: ContentError[] = [];
  for (const entry of raw.locales) {
    if (entry.locale === sourceLocale) continue;
    const result = checkLocale(entry.data, entry.locale, entry.file, facts, sourceResult.texts, sourceEntry.file);
    all.push(...result.errors);
    if (result.texts) locales[entry.locale] = result.texts;
  }
  if (all.length > 0) return {errors: all};
  return {content: {facts, locales}, errors: []};
}

export function formatError(error: ContentError): string {
  return `${error.file}: ${error.path}: ${error.message}`;
}

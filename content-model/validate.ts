/**
 * Checks raw, parsed content against the content model. It never throws on bad data: it
 * collects every problem with the file, the path inside it and the fix, so that one run
 * tells an editor everything that is wrong.
 */
import {tokenKinds, splitTokens} from '../src/content/tokens.js';
import {normaliseQuote, type SourceTexts} from './sources.js';
import {contentSourceLocale as sourceLocale} from '../src/i18n/source-locales.js';
import type {GuideContent, Facts, LocaleTexts} from './types.js';

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

const serviceKinds = [
  'hotline',
  'shelter',
  'state-victim-support',
  'temporary-home',
  'domestic-violence',
  'homeless',
  'temporary-care-home',
  'directory',
  'further-information',
  'emergency-number',
];
const serviceFields = ['id', 'kind', 'phone', 'dial', 'url', 'hours', 'free', 'referral', 'material', 'types', 'eligibility', 'needs', 'source'];
const localeFields = [
  'locale',
  'language',
  'review',
  'summary-review',
  'source',
  'title',
  'hotline',
  'emergency',
  'sections',
  'services',
  'types',
  'eligibility',
  'materials',
  'needs',
  'about',
  'print',
];
const allowedSchemes = ['https:', 'http:', 'tel:', 'mailto:'];
const idPattern = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const e164Pattern = /^\+[1-9]\d{6,14}$/;
/** A short number dialled as it is, such as 112. */
const dialPattern = /^\d{3,6}$/;
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

// Plain-language summaries: one idea a sentence, at most 15 words in most sentences and never
// more than 20, and none of the source's jargon (matched as the start of a word, any case).
export const maxSummaryWords = 20;
export const plainSummaryWords = 15;
const jargon: Record<string, string[]> = {
  hu: ['komplex', 'átfogó', 'mentálhigiénés', 'célcsoport', 'területileg illetékes', 'reintegráció', 'rehabilitáció'],
  en: ['complex', 'all-round', 'target group', 'mental hygiene', 'competent', 'reintegration', 'rehabilitation'],
  uk: ['комплексн', 'всебічн', 'цільов', 'територіально', 'реінтеграц', 'реабілітац'],
};

/** Words as a reader counts them: a {kind:id} token is one word, a dash is none. */
export function wordCount(text: string): number {
  return text
    .replace(/\{[a-z-]+:[a-z0-9-]+\}/g, 'X')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** A text's sentences: split after . ! ? or … followed by a space. */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?…])\s+/).filter((sentence) => sentence.trim() !== '');
}

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

/** The text a fact's quotes must come from: the seed, or the excerpt its source names. */
function sourceText(source: unknown, sources: SourceTexts): {text?: string; name: string} {
  if (isObject(source) && typeof source.excerpt === 'string') return {text: sources.excerpts[source.excerpt], name: `sources/${source.excerpt}`};
  return {text: sources.seed, name: sources.seedFile};
}

function checkFacts(raw: unknown, file: string, sources: SourceTexts): {facts?: Facts; errors: ContentError[]} {
  const c = new Checker(file);
  const root = c.object(raw, '(top level)');
  if (!root) return {errors: c.errors};
  c.knownKeys(root, ['schema', 'seed', 'services', 'materials', 'advice', 'needs', 'not-offered', 'sections'], '(top level)');
  if (root.schema !== 1) c.fail('schema', `must be 1, found ${describe(root.schema)}; write "schema: 1"`);
  const seed = c.object(root.seed, 'seed');
  if (seed) {
    c.knownKeys(seed, ['file', 'copied'], 'seed');
    c.string(seed.file, 'seed.file');
    c.date(seed.copied, 'seed.copied');
    if (sources.seed === undefined) c.fail('seed.file', `${sources.seedFile} cannot be read; restore it from git (the seed is never edited)`);
  }

  // A quote that is not in its source would let a label or an answer say more than the source.
  const quote = (value: unknown, path: string, source: unknown) => {
    const text = c.string(value, path);
    if (text === undefined) return;
    const from = sourceText(source, sources);
    if (from.text !== undefined && !from.text.includes(normaliseQuote(text))) {
      c.fail(path, `"${text}" is not in ${from.name}; quote the source's own words exactly (copy them from the file), or remove this entry`);
    }
  };

  const checkSource = (value: unknown, path: string, kind: 'any' | 'checked') => {
    if (value === undefined) {
      c.fail(path, `is missing; add it: ${kind === 'any' ? '{seed: "where in the seed"} for a fact copied from the seed, or ' : ''}url, publisher, title, checked, excerpt and quotes for what was read at an authoritative source`);
      return;
    }
    const source = c.object(value, path);
    if (!source) return;
    if ('seed' in source && kind === 'any') {
      c.knownKeys(source, ['seed'], path);
      c.string(source.seed, `${path}.seed`);
      return;
    }
    c.knownKeys(source, ['url', 'publisher', 'title', 'checked', 'excerpt', 'quotes'], path);
    c.url(source.url, `${path}.url`);
    c.string(source.publisher, `${path}.publisher`);
    c.string(source.title, `${path}.title`);
    c.date(source.checked, `${path}.checked`);
    const excerpt = c.string(source.excerpt, `${path}.excerpt`);
    if (excerpt !== undefined && sources.excerpts[excerpt] === undefined) {
      c.fail(`${path}.excerpt`, `sources/${excerpt} cannot be read; add the file with the sentences read at ${String(source.url)} (see sources/README.md), or correct the name`);
    }
    const quotes = c.array(source.quotes, `${path}.quotes`) ?? [];
    if (quotes.length === 0) c.fail(`${path}.quotes`, 'must hold at least one sentence of the source; add the words the fact rests on');
    quotes.forEach((item, index) => quote(item, `${path}.quotes[${index}]`, source));
  };

  const notOffered = c.array(root['not-offered'] ?? [], 'not-offered') ?? [];
  const withdrawn = new Map<string, string>();
  notOffered.forEach((item, index) => {
    const path = `not-offered[${index}]`;
    const entry = c.object(item, path);
    if (!entry) return;
    c.knownKeys(entry, ['need', 'why'], path);
    const id = c.id(entry.need, `${path}.need`);
    c.string(entry.why, `${path}.why`);
    if (id !== undefined) withdrawn.set(id, String(entry.why));
  });

  const needIds = new Set(c.idList(root.needs, 'needs', new Set((Array.isArray(root.needs) ? root.needs : []).map(String)), 'need'));
  for (const [id, why] of withdrawn) {
    if (needIds.has(id)) {
      c.fail('needs', `"${id}" is listed under not-offered (${why}); remove it from needs, or first find a source that supports it and remove it from not-offered`);
    }
  }

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
    checkSource(material.source, `${path}.source`, 'any');
  });

  const advice = c.array(root.advice ?? [], 'advice') ?? [];
  const adviceIds = new Set<string>();
  advice.forEach((item, index) => {
    const path = `advice[${index}]`;
    const entry = c.object(item, path);
    if (!entry) return;
    c.knownKeys(entry, ['id', 'source'], path);
    const id = c.id(entry.id, `${path}.id`);
    if (id !== undefined) {
      if (adviceIds.has(id)) c.fail(`${path}.id`, `"${id}" is used twice; rename or merge one of them`);
      adviceIds.add(id);
    }
    checkSource(entry.source, `${path}.source`, 'checked');
  });

  const services = c.array(root.services, 'services') ?? [];
  const serviceIds = new Set<string>();
  for (const item of services) {
    if (isObject(item) && typeof item.id === 'string') serviceIds.add(item.id);
  }
  const answered = new Set<string>();
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
    if (service.dial !== undefined) {
      const dial = c.string(service.dial, `${path}.dial`);
      if (dial !== undefined && !dialPattern.test(dial)) c.fail(`${path}.dial`, `"${dial}" is not a short number; write its 3 to 6 digits only, e.g. "112" (a full number goes under phone:)`);
      if (service.phone !== undefined) c.fail(`${path}.dial`, 'a service has a phone or a short number to dial, not both; remove one');
    }
    if (service.url !== undefined) c.url(service.url, `${path}.url`);
    if (service.hours !== undefined) c.oneOf(service.hours, ['always'], `${path}.hours`);
    if (service.free !== undefined) c.oneOf(service.free, ['from-hungary', 'always'], `${path}.free`);
    if (service.referral !== undefined) c.ref(service.referral, `${path}.referral`, serviceIds, 'service id');
    if (service.material !== undefined) c.ref(service.material, `${path}.material`, materialIds, 'material id');
    if (service.types !== undefined) c.idList(service.types, `${path}.types`, new Set(Array.isArray(service.types) ? service.types.map(String) : []), 'type');
    if (service.eligibility !== undefined) {
      const cases = new Set<string>();
      (c.array(service.eligibility, `${path}.eligibility`) ?? []).forEach((entry, caseIndex) => {
        const casePath = `${path}.eligibility[${caseIndex}]`;
        const object = c.object(entry, casePath);
        if (!object) return;
        c.knownKeys(object, ['id', 'because'], casePath);
        const caseId = c.id(object.id, `${casePath}.id`);
        if (caseId !== undefined) {
          if (cases.has(caseId)) c.fail(`${casePath}.id`, `"${caseId}" is listed twice; remove the repeat`);
          cases.add(caseId);
        }
        if (object.because === undefined) c.fail(`${casePath}.because`, "is missing; quote the source's sentence that admits this case, or remove the case");
        else quote(object.because, `${casePath}.because`, service.source);
      });
    }
    const answers = c.array(service.needs, `${path}.needs`) ?? [];
    const given = new Set<string>();
    answers.forEach((entry, answerIndex) => {
      const answerPath = `${path}.needs[${answerIndex}]`;
      const answer = c.object(entry, answerPath);
      if (!answer) return;
      c.knownKeys(answer, ['need', 'because', 'with'], answerPath);
      const need = c.id(answer.need, `${answerPath}.need`);
      if (need !== undefined) {
        if (!needIds.has(need)) {
          const why = withdrawn.get(need);
          c.fail(`${answerPath}.need`, why ? `"${need}" is not offered (${why}); remove this answer` : `"${need}" is not a known need; use one of ${[...needIds].join(', ')}`);
        }
        answered.add(need);
      }
      const also = answer.with === undefined ? [] : c.idList(answer.with, `${answerPath}.with`, needIds, 'need');
      if (need !== undefined && also.includes(need)) c.fail(`${answerPath}.with`, `names "${need}", the answer's own need; remove it`);
      const key = `${need}+${[...also].sort().join('+')}`;
      if (given.has(key)) c.fail(answerPath, `answers "${need}" twice; merge the two answers`);
      given.add(key);
      if (answer.because === undefined) {
        c.fail(`${answerPath}.because`, "is missing; every finder answer quotes the source's sentence that makes the service fit the need. Add because: with that quote, or remove the answer");
      } else {
        quote(answer.because, `${answerPath}.because`, service.source);
      }
    });
    checkSource(service.source, `${path}.source`, 'any');
    if (service.kind === 'hotline' && service.phone === undefined) {
      c.fail(`${path}.phone`, 'a hotline needs a phone number; add phone: with e164, international and domestic');
    }
  });
  for (const need of needIds) {
    if (!answered.has(need)) c.fail('needs', `"${need}" is answered by no service; add an answer with a quote under a service's needs:, or remove the need`);
  }

  const sections = c.array(root.sections, 'sections') ?? [];
  const sectionIds = new Set<string>();
  const usedParagraphs = new Map<number, string>();
  sections.forEach((item, index) => {
    const path = `sections[${index}]`;
    const section = c.object(item, path);
    if (!section) return;
    c.knownKeys(section, ['id', 'services', 'seed', 'advice', 'under'], path);
    const id = c.id(section.id, `${path}.id`);
    c.idList(section.services, `${path}.services`, serviceIds, 'service id');
    if (section.seed === undefined && section.advice === undefined) {
      c.fail(path, 'says neither which seed paragraphs it carries (seed: [numbers]) nor which advice it follows (advice: [ids]); add one');
    }
    if (section.seed !== undefined) {
      (c.array(section.seed, `${path}.seed`) ?? []).forEach((n, i) => {
        if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > sources.paragraphs.length) {
          c.fail(`${path}.seed[${i}]`, `${describe(n)} is not a paragraph of the seed; use a number from 1 to ${sources.paragraphs.length}`);
        } else if (usedParagraphs.has(n)) {
          c.fail(`${path}.seed[${i}]`, `paragraph ${n} already belongs to section "${usedParagraphs.get(n)}"; each paragraph has one home, so remove it from one of the two`);
        } else {
          usedParagraphs.set(n, String(id));
        }
      });
    }
    if (section.advice !== undefined) c.idList(section.advice, `${path}.advice`, adviceIds, 'advice id');
    if (section.under !== undefined) {
      const under = c.id(section.under, `${path}.under`);
      if (under !== undefined && !sectionIds.has(under)) c.fail(`${path}.under`, `"${under}" is not a section before this one; use the id of a section that comes earlier`);
    }
    if (id !== undefined) {
      if (sectionIds.has(id)) c.fail(`${path}.id`, `"${id}" is used twice; rename or merge one of the sections`);
      sectionIds.add(id);
    }
  });
  if (!sectionIds.has('hotline')) c.fail('sections', 'must contain the "hotline" section; add "- id: hotline" with the hotline service');
  if (!services.some((s) => isObject(s) && s.kind === 'hotline')) c.fail('services', 'must contain a service of kind "hotline"; the guide is built around it');

  if (c.errors.length > 0) return {errors: c.errors};
  const facts = root as unknown as Facts;
  // YAML reads an unquoted date as a Date; the content model keeps dates as text.
  const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
  facts.seed.copied = day(facts.seed.copied);
  facts.advice ??= [];
  facts['not-offered'] ??= [];
  for (const fact of [...facts.services, ...facts.materials, ...facts.advice]) {
    if ('checked' in fact.source) fact.source.checked = day(fact.source.checked);
  }
  return {facts, errors: []};
}

/** The keys every locale must have, derived from the facts, so a new fact needs its texts. */
function requiredKeys(facts: Facts): Record<string, string[]> {
  return {
    sections: facts.sections.map((s) => s.id),
    services: facts.services.map((s) => s.id),
    types: [...new Set(facts.services.flatMap((s) => s.types ?? []))],
    eligibility: [...new Set(facts.services.flatMap((s) => (s.eligibility ?? []).map((e) => e.id)))],
    materials: facts.materials.map((m) => m.id),
    needs: ['question', ...facts.needs],
  };
}

/** The tokens of a text; the two forms of a number count as one, since locales choose between them. */
function tokenSignature(text: string): string {
  return splitTokens(text)
    .filter((piece) => typeof piece !== 'string')
    .map((piece) => (typeof piece === 'string' ? '' : `${piece.kind === 'tel-domestic' ? 'tel' : piece.kind}:${piece.id}`))
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
      else if (piece.kind === 'tel' && !service.phone && !service.dial) c.fail(path, `token {tel:${piece.id}}: service "${piece.id}" has no phone; add it in facts.yaml or remove the token`);
      else if (piece.kind === 'tel-domestic' && !service.phone) c.fail(path, `token {tel-domestic:${piece.id}}: service "${piece.id}" has no phone; add it in facts.yaml or remove the token`);
      // The 06/… form is dialled only inside Hungary: from a foreign SIM card it fails, so
      // only the Hungarian texts may show it (beside the international form on the card).
      else if (piece.kind === 'tel-domestic' && locale !== sourceLocale) {
        c.fail(path, `token {tel-domestic:${piece.id}} shows the 06/… form, which fails when dialled from a foreign SIM card; use {tel:${piece.id}} (the international form) in ${locale}`);
      }
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

  const longSummaries: string[] = [];
  let summaryCount = 0;
  const checkSummary = (value: unknown, path: string, section: Facts['sections'][number] | undefined, sourceSummary: LocaleTexts['sections'][string]['summary'] | undefined) => {
    const list = c.array(value, path);
    if (!list) return;
    if (list.length === 0) c.fail(path, 'must hold at least one sentence; write a short plain-language summary of the section');
    if (sourceSummary && sourceSummary.length !== list.length) {
      c.fail(path, `has ${list.length} sentences but ${sourceFile} has ${sourceSummary.length}; translate each summary sentence, one for one`);
    }
    list.forEach((item, index) => {
      const itemPath = `${path}[${index}]`;
      const sentence = c.object(item, itemPath);
      if (!sentence) return;
      c.knownKeys(sentence, ['from', 'text'], itemPath);
      // The sentence may restate only what its section's own source says.
      const from = sentence.from;
      const fromSeed = typeof from === 'number' && (section?.seed ?? []).includes(from);
      const fromAdvice = typeof from === 'string' && (section?.advice ?? []).includes(from);
      if (!fromSeed && !fromAdvice) {
        const allowed = [...(section?.seed ?? []), ...(section?.advice ?? [])];
        c.fail(`${itemPath}.from`, `${describe(from)} is not a source of this section; use the seed paragraph it restates or the advice it follows: one of ${allowed.join(', ') || '(none: add seed: or advice: to the section in facts.yaml)'}`);
      }
      const sourceSentence = sourceSummary?.[index];
      if (sourceSentence && sourceSentence.from !== from) {
        c.fail(`${itemPath}.from`, `is ${describe(from)} but ${sourceFile} says ${describe(sourceSentence.from)}; correct it: a translation restates the same paragraph`);
      }
      const text = c.text(sentence.text, `${itemPath}.text`);
      if (text === undefined) return;
      checkTokens(text, `${itemPath}.text`, sourceSentence?.text);
      summaryCount++;
      const words = wordCount(text);
      if (sentences(text).length > 1) c.fail(`${itemPath}.text`, `holds ${sentences(text).length} sentences; write one idea a sentence, each as its own summary item`);
      if (words > maxSummaryWords) c.fail(`${itemPath}.text`, `has ${words} words; a summary sentence has at most ${maxSummaryWords}. Split it or say less`);
      else if (words > plainSummaryWords) longSummaries.push(itemPath);
      for (const word of jargon[locale] ?? []) {
        if (new RegExp(`(^|[^\\p{L}])${word}`, 'iu').test(text)) c.fail(`${itemPath}.text`, `uses "${word}…", which a reader in crisis may not know; write it in everyday words`);
      }
    });
  };

  const keys = requiredKeys(facts);
  const hotlineKeys = ['badge', 'name', 'short', 'free', 'hours'];
  c.oneOf(root['summary-review'], ['pending', 'done'], 'summary-review');
  // The title and the emergency line sit at the top level; wrapping them lets them share the
  // checks of the other texts.
  const topLevel = ['title', 'emergency'];
  textMap(
    Object.fromEntries(topLevel.filter((key) => key in root).map((key) => [key, root[key]])),
    '(top level)',
    topLevel,
    source ? {title: source.title, emergency: source.emergency} : undefined,
  );
  textMap(root.hotline, 'hotline', hotlineKeys, source?.hotline);
  textMap(root.about, 'about', ['sources', 'updated', 'unreviewed'], source?.about);
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
      c.knownKeys(section, ['title', 'summary', 'blocks'], path);
      // A title is a text like any other: its tokens must resolve and match the source's.
      const title = c.text(section.title, `${path}.title`);
      if (title !== undefined) checkTokens(title, `${path}.title`, source?.sections[id]?.title);
      checkSummary(section.summary, `${path}.summary`, facts.sections.find((s) => s.id === id), source?.sections[id]?.summary);
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
        if (kind.length !== 1 || !['list', 'types', 'eligibility'].includes(kind[0])) {
          c.fail(blockPath, 'must be a text, a {list: [...]}, a {types: SERVICE-ID} or an {eligibility: SERVICE-ID} block');
          return;
        }
        if (sourceBlock !== undefined && (typeof sourceBlock === 'string' || Object.keys(sourceBlock)[0] !== kind[0])) {
          c.fail(blockPath, `must be a ${typeof sourceBlock === 'string' ? 'text' : Object.keys(sourceBlock)[0]} block, as in ${sourceFile}`);
        }
        if (kind[0] === 'types' || kind[0] === 'eligibility') {
          const service = servicesById.get(String(object[kind[0]]));
          if (!service?.[kind[0]]) c.fail(`${blockPath}.${kind[0]}`, `"${String(object[kind[0]])}" is not a service with ${kind[0]} in facts.yaml; use the id of one that has ${kind[0]}:`);
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

  // Most summary sentences stay within 15 words; a few may run to 20.
  if (summaryCount > 0 && longSummaries.length * 2 >= summaryCount) {
    c.fail('sections', `${longSummaries.length} of ${summaryCount} summary sentences have more than ${plainSummaryWords} words (${longSummaries.join(', ')}); split or rewrite them until most have ${plainSummaryWords} or fewer`);
  }

  if (c.errors.length > 0) return {errors: c.errors};
  return {texts: root as unknown as LocaleTexts, errors: []};
}

/** Validates everything; returns the content only when there is not a single error. */
export function validateContent(raw: RawContent): {content?: GuideContent; errors: ContentError[]} {
  const {facts, errors} = checkFacts(raw.facts.data, raw.facts.file, raw.sources);
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

/**
 * The rules of facts.yaml that relate one value to another, on top of its schema: ids that
 * must name a record, ids used twice, quotes that must be in their source, display forms that
 * must dial the same number, needs that must be answered, seed paragraphs with one home each.
 *
 * They are one valibot action in the pipe after FactsSchema (validate.ts), so they run only on
 * facts the schema accepted and read them by its output type; each problem is an issue at its
 * own path. A facts.yaml with a schema error shows that error first, and these rules once it is
 * fixed: no rule has to guess which parts of a rejected file it may still read.
 */
import {refinePictograms} from './refine-pictograms.js';
import * as v from 'valibot';
import {hotline} from '../src/content/hotline.js';
import type {Path} from './path.js';
import {describe} from './schema.js';
import {normaliseQuote, type SourceTexts} from './sources.js';
import type {Facts, Source} from './types.js';

const digits = (text: string) => text.replace(/\D/g, '');

/** The text a fact's quotes must come from: the seed, or the excerpt its source names. */
function sourceText(source: Source, sources: SourceTexts): {text?: string; name: string} {
  if ('excerpt' in source) return {text: sources.excerpts[source.excerpt], name: `sources/${source.excerpt}`};
  return {text: sources.seed, name: sources.seedFile};
}

/** valibot's path of `keys` inside `root`: each step with the value it leaves and the one it reaches. */
function issuePath(root: unknown, keys: Path): [v.IssuePathItem, ...v.IssuePathItem[]] | undefined {
  let input = root as Record<string | number, unknown>;
  const items = keys.map((key) => {
    const value = input[key];
    const item = {type: typeof key === 'number' ? 'array' : 'object', origin: 'value', input, key, value} as v.IssuePathItem;
    input = value as Record<string | number, unknown>;
    return item;
  });
  return items.length > 0 ? (items as [v.IssuePathItem, ...v.IssuePathItem[]]) : undefined;
}

/** The cross-field rules of facts.yaml, checked against the seed and the excerpts in sources/. */
export function factsRules(sources: SourceTexts) {
  return v.rawCheck<Facts>(({dataset, addIssue}) => {
    if (!dataset.typed) return;
    const fail = (path: Path, message: string) => addIssue({message, path: issuePath(dataset.value, path)});
    refineFacts(dataset.value, sources, fail);
    refinePictograms(dataset.value, fail);
  });
}

function refineFacts(facts: Facts, sources: SourceTexts, fail: (path: Path, message: string) => void): void {
  if (sources.seed === undefined) fail(['seed', 'file'], `${sources.seedFile} cannot be read; restore it from git (the seed is never edited)`);

  // A quote that is not in its source would let a label or an answer say more than the source.
  const quote = (value: string, path: Path, source: Source) => {
    const from = sourceText(source, sources);
    if (from.text !== undefined && !from.text.includes(normaliseQuote(value))) {
      fail(path, `"${value}" is not in ${from.name}; quote the source's own words exactly (copy them from the file), or remove this entry`);
    }
  };
  const checkSource = (source: Source, path: Path) => {
    if ('seed' in source) return;
    if (sources.excerpts[source.excerpt] === undefined) {
      fail(
        [...path, 'excerpt'],
        `sources/${source.excerpt} cannot be read; add the file with the sentences read at ${source.url} (see sources/README.md), or correct the name`,
      );
    }
    source.quotes.forEach((item, index) => quote(item, [...path, 'quotes', index], source));
  };
  const unique = (list: readonly {id: string}[], path: Path, what: (id: string) => string) => {
    const seen = new Set<string>();
    list.forEach(({id}, index) => {
      if (seen.has(id)) fail([...path, index, 'id'], what(id));
      seen.add(id);
    });
  };
  const known = (value: string | undefined, path: Path, ids: Set<string>, what: string) => {
    if (value !== undefined && !ids.has(value)) fail(path, `"${value}" is not a known ${what}; use one of ${[...ids].join(', ')}`);
  };

  const withdrawn = new Map(facts['not-offered'].map((item) => [item.need, item.why]));
  const needIds = new Set(facts.needs);
  for (const [need, why] of withdrawn) {
    if (needIds.has(need))
      fail(
        ['needs'],
        `"${need}" is listed under not-offered (${why}); remove it from needs, or first find a source that supports it and remove it from not-offered`,
      );
  }

  unique(facts.materials, ['materials'], (id) => `"${id}" is used twice; ids must be unique, so rename or merge one of them`);
  facts.materials.forEach((material, index) => checkSource(material.source, ['materials', index, 'source']));
  unique(facts.advice, ['advice'], (id) => `"${id}" is used twice; rename or merge one of them`);
  facts.advice.forEach((advice, index) => checkSource(advice.source, ['advice', index, 'source']));

  const serviceIds = new Set(facts.services.map((s) => s.id));
  const materialIds = new Set(facts.materials.map((m) => m.id));
  const adviceIds = new Set(facts.advice.map((a) => a.id));
  unique(facts.services, ['services'], (id) => `"${id}" is used twice; each service is written once, so merge the two records or rename one`);
  const answered = new Set<string>();
  facts.services.forEach((service, index) => {
    const path = ['services', index];
    if (service.phone) {
      const {e164, international, domestic} = service.phone;
      // The display forms must dial the same number as the link, or a reader who types the
      // number by hand reaches somebody else.
      if (digits(international) !== digits(e164))
        fail([...path, 'phone', 'international'], `"${international}" does not match e164 "${e164}"; correct whichever is wrong`);
      if (e164.startsWith('+36') && `06${e164.slice(3)}` !== digits(domestic)) {
        fail(
          [...path, 'phone', 'domestic'],
          `"${domestic}" does not match e164 "${e164}"; write it as 06 followed by the number after +36 (e.g. "06/80-20-55-20"), or correct the e164`,
        );
      }
    }
    if (service.dial !== undefined && service.phone !== undefined)
      fail([...path, 'dial'], 'a service has a phone or a short number to dial, not both; remove one');
    known(service.referral, [...path, 'referral'], serviceIds, 'service id');
    known(service.material, [...path, 'material'], materialIds, 'material id');
    const eligibility = service.eligibility ?? [];
    unique(eligibility, [...path, 'eligibility'], (id) => `"${id}" is listed twice; remove the repeat`);
    eligibility.forEach((entry, i) => quote(entry.because, [...path, 'eligibility', i, 'because'], service.source));
    const given = new Set<string>();
    service.needs.forEach((entry, i) => {
      const answerPath = [...path, 'needs', i];
      const {need} = entry;
      answered.add(need);
      if (!needIds.has(need)) {
        const why = withdrawn.get(need);
        fail(
          [...answerPath, 'need'],
          why ? `"${need}" is not offered (${why}); remove this answer` : `"${need}" is not a known need; use one of ${[...needIds].join(', ')}`,
        );
      }
      const also = entry.with ?? [];
      also.forEach((other, j) => known(other, [...answerPath, 'with', j], needIds, 'need'));
      if (also.includes(need)) fail([...answerPath, 'with'], `names "${need}", the answer's own need; remove it`);
      const key = `${need}+${[...also].sort().join('+')}`;
      if (given.has(key)) fail(answerPath, `answers "${need}" twice; merge the two answers`);
      given.add(key);
      quote(entry.because, [...answerPath, 'because'], service.source);
    });
    checkSource(service.source, [...path, 'source']);
    service.also?.forEach((source, i) => checkSource(source, [...path, 'also', i]));
  });
  for (const need of needIds) {
    if (!answered.has(need)) fail(['needs'], `"${need}" is answered by no service; add an answer with a quote under a service's needs:, or remove the need`);
  }

  const sectionIds = new Set<string>();
  const home = new Map<number, string>();
  facts.sections.forEach((section, index) => {
    const path = ['sections', index];
    section.services.forEach((id, i) => known(id, [...path, 'services', i], serviceIds, 'service id'));
    if (section.seed === undefined && section.advice === undefined) {
      fail(path, 'says neither which seed paragraphs it carries (seed: [numbers]) nor which advice it follows (advice: [ids]); add one');
    }
    section.seed?.forEach((n, i) => {
      if (!Number.isInteger(n) || n < 1 || n > sources.paragraphs.length) {
        fail([...path, 'seed', i], `${describe(n)} is not a paragraph of the seed; use a number from 1 to ${sources.paragraphs.length}`);
      } else if (home.has(n)) {
        fail([...path, 'seed', i], `paragraph ${n} already belongs to section "${home.get(n)}"; each paragraph has one home, so remove it from one of the two`);
      } else {
        home.set(n, section.id);
      }
    });
    section.advice?.forEach((id, i) => known(id, [...path, 'advice', i], adviceIds, 'advice id'));
    if (section.under !== undefined && !sectionIds.has(section.under)) {
      fail([...path, 'under'], `"${section.under}" is not a section before this one; use the id of a section that comes earlier`);
    }
    if (sectionIds.has(section.id)) fail([...path, 'id'], `"${section.id}" is used twice; rename or merge one of the sections`);
    sectionIds.add(section.id);
  });
  if (!sectionIds.has('hotline')) fail(['sections'], 'must contain the "hotline" section; add "- id: hotline" with the hotline service');
  const found = hotline(facts);
  if (!found) fail(['services'], 'must contain a service of kind "hotline"; the guide is built around it');
  else if (found.phone === undefined)
    fail(['services', facts.services.indexOf(found), 'phone'], 'a hotline needs a phone number; add phone: with e164, international and domestic');
}

/**
 * The rules of facts.yaml that relate one value to another, on top of its schema: ids that
 * must name a record, ids used twice, quotes that must be in their source, display forms that
 * must dial the same number, needs that must be answered, seed paragraphs with one home each.
 * They run on what the schema could read; a part the schema already rejected is skipped, so each
 * problem is reported once.
 */
import {normaliseQuote, type SourceTexts} from './sources.js';
import {describe} from './schema.js';
import {hotline} from '../src/content/hotline.js';
import type {Fail, IsBad, Path} from './path.js';
import {asList, isObject, type Obj} from './unknown-data.js';

const strings = (value: unknown): string[] => asList(value).filter((item): item is string => typeof item === 'string');
const digits = (text: string) => text.replace(/\D/g, '');

/** The text a fact's quotes must come from: the seed, or the excerpt its source names. */
function sourceText(source: unknown, sources: SourceTexts): {text?: string; name: string} {
  if (isObject(source) && typeof source.excerpt === 'string') return {text: sources.excerpts[source.excerpt], name: `sources/${source.excerpt}`};
  return {text: sources.seed, name: sources.seedFile};
}

/** The ids of the records in a list, as far as they can be read (also when the file has other problems). */
export function idsOf(value: unknown): string[] {
  return asList(value).flatMap((item) => (isObject(item) && typeof item.id === 'string' ? [item.id] : []));
}

export function refineFacts(facts: Obj, sources: SourceTexts, fail: Fail, isBad: IsBad): void {
  const ok = (path: Path) => !isBad(path);

  if (ok(['seed', 'file']) && sources.seed === undefined)
    fail(['seed', 'file'], `${sources.seedFile} cannot be read; restore it from git (the seed is never edited)`);

  // A quote that is not in its source would let a label or an answer say more than the source.
  const quote = (value: unknown, path: Path, source: unknown) => {
    if (typeof value !== 'string' || !ok(path)) return;
    const from = sourceText(source, sources);
    if (from.text !== undefined && !from.text.includes(normaliseQuote(value))) {
      fail(path, `"${value}" is not in ${from.name}; quote the source's own words exactly (copy them from the file), or remove this entry`);
    }
  };
  const checkSource = (source: unknown, path: Path) => {
    if (!isObject(source) || !ok(path) || 'seed' in source) return;
    const excerpt = source.excerpt;
    if (typeof excerpt === 'string' && ok([...path, 'excerpt']) && sources.excerpts[excerpt] === undefined) {
      fail(
        [...path, 'excerpt'],
        `sources/${excerpt} cannot be read; add the file with the sentences read at ${String(source.url)} (see sources/README.md), or correct the name`,
      );
    }
    asList(source.quotes).forEach((item, index) => quote(item, [...path, 'quotes', index], source));
  };
  const unique = (list: unknown, path: Path, what: (id: string) => string) => {
    const seen = new Set<string>();
    asList(list).forEach((item, index) => {
      const id = isObject(item) ? item.id : undefined;
      if (typeof id !== 'string' || !ok([...path, index, 'id'])) return;
      if (seen.has(id)) fail([...path, index, 'id'], what(id));
      seen.add(id);
    });
  };
  const known = (value: unknown, path: Path, ids: Set<string>, what: string) => {
    if (typeof value === 'string' && ok(path) && !ids.has(value)) fail(path, `"${value}" is not a known ${what}; use one of ${[...ids].join(', ')}`);
  };

  const withdrawn = new Map(
    asList(facts['not-offered']).flatMap((item) => (isObject(item) && typeof item.need === 'string' ? [[item.need, String(item.why)] as const] : [])),
  );
  const needIds = new Set(strings(facts.needs));
  for (const [need, why] of withdrawn) {
    if (needIds.has(need))
      fail(
        ['needs'],
        `"${need}" is listed under not-offered (${why}); remove it from needs, or first find a source that supports it and remove it from not-offered`,
      );
  }

  unique(facts.materials, ['materials'], (id) => `"${id}" is used twice; ids must be unique, so rename or merge one of them`);
  asList(facts.materials).forEach((material, index) => checkSource(isObject(material) ? material.source : undefined, ['materials', index, 'source']));
  unique(facts.advice, ['advice'], (id) => `"${id}" is used twice; rename or merge one of them`);
  asList(facts.advice).forEach((advice, index) => checkSource(isObject(advice) ? advice.source : undefined, ['advice', index, 'source']));

  const serviceIds = new Set(idsOf(facts.services));
  const materialIds = new Set(idsOf(facts.materials));
  const adviceIds = new Set(idsOf(facts.advice));
  unique(facts.services, ['services'], (id) => `"${id}" is used twice; each service is written once, so merge the two records or rename one`);
  const answered = new Set<string>();
  asList(facts.services).forEach((item, index) => {
    const path = ['services', index];
    if (!isObject(item) || !ok(path)) return;
    const service = item;
    // Compared only when each form is readable: a broken e164 is its own problem, not three.
    if (isObject(service.phone) && ['e164', 'international', 'domestic'].every((key) => ok([...path, 'phone', key]))) {
      const {e164, international, domestic} = service.phone as Record<string, string>;
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
    unique(service.eligibility, [...path, 'eligibility'], (id) => `"${id}" is listed twice; remove the repeat`);
    asList(service.eligibility).forEach((entry, i) =>
      quote(isObject(entry) ? entry.because : undefined, [...path, 'eligibility', i, 'because'], service.source),
    );
    const given = new Set<string>();
    asList(service.needs).forEach((entry, i) => {
      const answerPath = [...path, 'needs', i];
      if (!isObject(entry) || !ok(answerPath)) return;
      const need = typeof entry.need === 'string' ? entry.need : undefined;
      if (need !== undefined && ok([...answerPath, 'need'])) {
        answered.add(need);
        if (!needIds.has(need)) {
          const why = withdrawn.get(need);
          fail(
            [...answerPath, 'need'],
            why ? `"${need}" is not offered (${why}); remove this answer` : `"${need}" is not a known need; use one of ${[...needIds].join(', ')}`,
          );
        }
      }
      const also = strings(entry.with);
      also.forEach((other, j) => known(other, [...answerPath, 'with', j], needIds, 'need'));
      if (need !== undefined && also.includes(need)) fail([...answerPath, 'with'], `names "${need}", the answer's own need; remove it`);
      const key = `${need}+${[...also].sort().join('+')}`;
      if (given.has(key)) fail(answerPath, `answers "${need}" twice; merge the two answers`);
      given.add(key);
      quote(entry.because, [...answerPath, 'because'], service.source);
    });
    checkSource(service.source, [...path, 'source']);
    asList(service.also).forEach((source, i) => checkSource(source, [...path, 'also', i]));
  });
  if (ok(['needs']) && ok(['services'])) {
    for (const need of needIds) {
      if (!answered.has(need)) fail(['needs'], `"${need}" is answered by no service; add an answer with a quote under a service's needs:, or remove the need`);
    }
  }

  const sectionIds = new Set<string>();
  const home = new Map<number, string>();
  asList(facts.sections).forEach((item, index) => {
    const path = ['sections', index];
    if (!isObject(item) || !ok(path)) return;
    strings(item.services).forEach((id, i) => known(id, [...path, 'services', i], serviceIds, 'service id'));
    if (item.seed === undefined && item.advice === undefined) {
      fail(path, 'says neither which seed paragraphs it carries (seed: [numbers]) nor which advice it follows (advice: [ids]); add one');
    }
    asList(item.seed).forEach((n, i) => {
      if (typeof n !== 'number' || !ok([...path, 'seed', i])) return;
      if (!Number.isInteger(n) || n < 1 || n > sources.paragraphs.length) {
        fail([...path, 'seed', i], `${describe(n)} is not a paragraph of the seed; use a number from 1 to ${sources.paragraphs.length}`);
      } else if (home.has(n)) {
        fail([...path, 'seed', i], `paragraph ${n} already belongs to section "${home.get(n)}"; each paragraph has one home, so remove it from one of the two`);
      } else {
        home.set(n, String(item.id));
      }
    });
    strings(item.advice).forEach((id, i) => known(id, [...path, 'advice', i], adviceIds, 'advice id'));
    if (typeof item.under === 'string' && ok([...path, 'under']) && !sectionIds.has(item.under)) {
      fail([...path, 'under'], `"${item.under}" is not a section before this one; use the id of a section that comes earlier`);
    }
    if (typeof item.id === 'string' && ok([...path, 'id'])) {
      if (sectionIds.has(item.id)) fail([...path, 'id'], `"${item.id}" is used twice; rename or merge one of the sections`);
      sectionIds.add(item.id);
    }
  });
  if (ok(['sections']) && !sectionIds.has('hotline')) fail(['sections'], 'must contain the "hotline" section; add "- id: hotline" with the hotline service');
  const services = asList(facts.services);
  const found = hotline({services: services.filter(isObject)});
  if (ok(['services']) && !found) fail(['services'], 'must contain a service of kind "hotline"; the guide is built around it');
  const path = ['services', found ? services.indexOf(found) : -1];
  if (found && ok(path) && found.phone === undefined)
    fail([...path, 'phone'], 'a hotline needs a phone number; add phone: with e164, international and domestic');
}

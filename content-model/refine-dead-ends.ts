/**
 * No dead ends: a section the finder can show as an answer must give the reader something to
 * do in its own text (a number to tap or a link that works), and no section may point only at
 * an information material that has no address. Checked on the source locale: every translation
 * carries the same tokens (refine-locale.ts).
 */
import {splitTokens} from '../src/content/tokens.js';
import type {Fail, IsBad} from './path.js';
import {asList, isObject, type Obj} from './unknown-data.js';

/** Every text of a section (title, summary, paragraphs and list items). */
function sectionTexts(section: unknown): string[] {
  if (!isObject(section)) return [];
  const out: string[] = [];
  if (typeof section.title === 'string') out.push(section.title);
  for (const sentence of asList(section.summary)) if (isObject(sentence) && typeof sentence.text === 'string') out.push(sentence.text);
  for (const block of asList(section.blocks)) {
    if (typeof block === 'string') out.push(block);
    else if (isObject(block)) for (const item of asList(block.list)) if (typeof item === 'string') out.push(item);
  }
  return out;
}

export function refineDeadEnds(facts: Obj, texts: Obj, fail: Fail, isBad: IsBad): void {
  const services = new Map(asList(facts.services).flatMap((s) => (isObject(s) && typeof s.id === 'string' ? [[s.id, s] as const] : [])));
  const materials = new Map(asList(facts.materials).flatMap((m) => (isObject(m) && typeof m.id === 'string' ? [[m.id, m] as const] : [])));
  const dialable = (id: string) => {
    const service = services.get(id);
    return service !== undefined && (isObject(service.phone) || typeof service.dial === 'string');
  };
  const reachable = (kind: string, id: string) => {
    if (kind === 'tel' || kind === 'tel-domestic') return dialable(id);
    if (kind === 'link') return typeof services.get(id)?.url === 'string';
    if (kind === 'material') return typeof materials.get(id)?.url === 'string';
    return false;
  };
  if (!isObject(texts.sections)) return;
  for (const section of asList(facts.sections)) {
    if (!isObject(section) || typeof section.id !== 'string') continue;
    const path = ['sections', section.id];
    if (isBad(path)) continue;
    const tokens = sectionTexts(texts.sections[section.id]).flatMap((text) => splitTokens(text).filter((piece) => typeof piece !== 'string'));
    const actions = tokens.filter((token) => reachable(token.kind, token.id));
    const bareMaterials = tokens.filter((token) => token.kind === 'material' && !reachable(token.kind, token.id));
    const answers = asList(section.services).some((id) => typeof id === 'string' && asList(services.get(id)?.needs).length > 0);
    if (answers && actions.length === 0) {
      fail(
        path,
        'is shown by the finder (a service in it answers a need) but gives the reader nothing to do: add a number ({tel:ID}) or a link ({link:ID}) of a service that has one, with its source, or remove the finder answers of its services',
      );
    } else if (bareMaterials.length > 0 && actions.length === 0) {
      fail(
        path,
        `points only at {material:${bareMaterials[0].id}}, which has no address; add a number ({tel:ID}) or a working link ({link:ID}) from a source, or give the material a url: in facts.yaml`,
      );
    }
  }
}

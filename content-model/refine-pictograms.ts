/**
 * Every kind of help and every need has its pictogram: the widget and the paper draw one
 * beside each section title and each need button, from the one table in
 * src/content/pictograms.ts. A section or need added to facts.yaml without one is an error
 * here, before anything is built.
 */
import {needPictograms, pictogramNames, sectionPictograms} from '../src/content/pictograms.js';
import type {Fail, IsBad} from './refine-facts.js';
import {asList, isObject, type Obj} from './unknown-data.js';

const table = 'src/content/pictograms.ts';

export function refinePictograms(facts: Obj, fail: Fail, isBad: IsBad): void {
  const fix = (kind: string, list: string) =>
    `add "${kind}" to ${list} in ${table}, with the @tabler/icons outline icon (one of ${pictogramNames.join(', ')}, or a new one added to pictogramNames) whose meaning a reader gets without reading`;
  asList(facts.sections).forEach((section, index) => {
    const path = `sections[${index}].id`;
    if (!isObject(section) || typeof section.id !== 'string' || isBad(path)) return;
    if (!Object.hasOwn(sectionPictograms, section.id)) fail(path, `section "${section.id}" has no pictogram; ${fix(section.id, 'sectionPictograms')}`);
  });
  asList(facts.needs).forEach((need, index) => {
    const path = `needs[${index}]`;
    if (typeof need !== 'string' || isBad(path)) return;
    if (!Object.hasOwn(needPictograms, need)) fail(path, `need "${need}" has no pictogram; ${fix(need, 'needPictograms')}`);
  });
}

/**
 * Every kind of help and every need has its pictogram: the widget and the paper draw one
 * beside each section title and each need button, from the one table in
 * src/content/pictograms.ts. A section or need added to facts.yaml without one is an error
 * here, before anything is built. Runs on facts that passed the schema (refine-facts.ts).
 */
import {needPictograms, pictogramNames, sectionPictograms} from '../src/content/pictograms.js';
import type {Fail} from './path.js';
import type {Facts} from './types.js';

const table = 'src/content/pictograms.ts';

export function refinePictograms(facts: Facts, fail: Fail): void {
  const fix = (kind: string, list: string) =>
    `add "${kind}" to ${list} in ${table}, with the @tabler/icons outline icon (one of ${pictogramNames.join(', ')}, or a new one added to pictogramNames) whose meaning a reader gets without reading`;
  facts.sections.forEach((section, index) => {
    if (!Object.hasOwn(sectionPictograms, section.id))
      fail(['sections', index, 'id'], `section "${section.id}" has no pictogram; ${fix(section.id, 'sectionPictograms')}`);
  });
  facts.needs.forEach((need, index) => {
    if (!Object.hasOwn(needPictograms, need)) fail(['needs', index], `need "${need}" has no pictogram; ${fix(need, 'needPictograms')}`);
  });
}

import {serviceById} from '../content/service-by-id.js';
import type {WidgetFacts} from '../content/widget-types.js';

export interface VisibleOptions {
  /** The sections the partner shows (`sections`, less `hide-no-trace`), in the source's order. */
  shown: readonly string[];
  /** The needs the reader chose in the finder; none means the whole guide. */
  needs: readonly string[];
  /** Whether quick exit is on: then the no-trace tips stay in every view. */
  quickExit: boolean;
}

/** Whether `service` answers one of `needs`: an answer counts when all its `with` needs are chosen too. */
function answers(facts: WidgetFacts, serviceId: string, needs: readonly string[]): boolean {
  const service = serviceById(facts, serviceId);
  return (service?.needs ?? []).some((answer) => needs.includes(answer.need) && (answer.with ?? []).every((n) => needs.includes(n)));
}

/**
 * The sections that fit the reader's needs (the matching is data: `needs` on each service in
 * facts.yaml). A filtered view always keeps the hotline, keeps the no-trace tips while quick
 * exit is on, and shows a section's condition (`under`, e.g. "if you do not want to or cannot
 * use these services") whenever one of the sections under it shows.
 */
export function matchingSections(facts: WidgetFacts, needs: readonly string[], quickExit: boolean): string[] {
  const matched = new Set(facts.sections.filter((section) => section.services.some((id) => answers(facts, id, needs))).map((s) => s.id));
  matched.add('hotline');
  if (quickExit) matched.add('no-trace');
  for (const section of facts.sections) {
    if (section.under && matched.has(section.id)) matched.add(section.under);
  }
  return facts.sections.map((s) => s.id).filter((id) => matched.has(id));
}

/** The sections the guide shows, in the source's order. */
export function visibleSections(facts: WidgetFacts, {shown, needs, quickExit}: VisibleOptions): string[] {
  if (needs.length === 0) return [...shown];
  const matched = matchingSections(facts, needs, quickExit);
  return shown.filter((id) => matched.includes(id));
}

/** How many places besides the hotline a view offers: the shown sections that present a service. */
export function placesBesideHotline(facts: WidgetFacts, visible: readonly string[]): number {
  return facts.sections.filter((s) => s.id !== 'hotline' && s.services.length > 0 && visible.includes(s.id)).length;
}

/**
 * The shape of kiut's content once it has been loaded and validated: every type here is
 * inferred from the schemas in schema.ts, so the model is written once. Both the widget (type
 * imports only) and the print build read these types; only load.ts reads files.
 */
import type * as v from 'valibot';
import type {
  AdviceSchema,
  CheckedSourceSchema,
  EligibilitySchema,
  FactsSchema,
  LocaleTextsShape,
  MaterialSchema,
  NeedAnswerSchema,
  PhoneSchema,
  SectionFactSchema,
  SeedSourceSchema,
  ServiceSchema,
  SourceSchema,
  SummarySentenceSchema,
  serviceKinds,
} from './schema.js';

export type ServiceKind = (typeof serviceKinds)[number];
export type Phone = v.InferOutput<typeof PhoneSchema>;
export type SeedSource = v.InferOutput<typeof SeedSourceSchema>;
export type CheckedSource = v.InferOutput<typeof CheckedSourceSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type NeedAnswer = v.InferOutput<typeof NeedAnswerSchema>;
export type Eligibility = v.InferOutput<typeof EligibilitySchema>;
export type Service = v.InferOutput<typeof ServiceSchema>;
export type Material = v.InferOutput<typeof MaterialSchema>;
export type Advice = v.InferOutput<typeof AdviceSchema>;
export type SectionFact = v.InferOutput<typeof SectionFactSchema>;
export type Facts = v.InferOutput<typeof FactsSchema>;
export type NotOffered = Facts['not-offered'][number];

export type LocaleTexts = v.InferOutput<typeof LocaleTextsShape>;
export type SectionTexts = LocaleTexts['sections'][string];
export type SummarySentence = v.InferOutput<typeof SummarySentenceSchema>;
/** A section's block: written once, with the widget's types (which must stand alone). */
export type {Block} from '../src/content/widget-types.js';

export interface GuideContent {
  facts: Facts;
  /** Keyed by locale code; `hu` is the source locale and always present. */
  locales: Record<string, LocaleTexts>;
}

/** The day the content was last updated: the newest of the seed's copy date and every check. */
export function factsUpdated(facts: Facts): string {
  const sources = [
    ...facts.services.flatMap((service) => [service.source, ...(service.also ?? [])]),
    ...facts.materials.map((m) => m.source),
    ...facts.advice.map((a) => a.source),
  ];
  const checked = sources.flatMap((source) => ('checked' in source ? [source.checked] : []));
  return [facts.seed.copied, ...checked].sort().at(-1) ?? facts.seed.copied;
}

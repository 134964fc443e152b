/**
 * JSON Schemas of facts.yaml and guide.yaml, emitted from the same valibot schemas the validator
 * runs, so that an editor that reads `# yaml-language-server: $schema=…` (VS Code with the YAML
 * extension, and most others) flags a missing key, an unknown field or a wrong type while a
 * translator types. The locale schema lists the real ids of the facts, so a missing section or
 * need is flagged too. What JSON Schema cannot say (a quote must be in the seed, tokens must match
 * the source) stays with `npm run check:content`.
 */
import {toJsonSchema, type ConversionConfig, type JsonSchema} from '@valibot/to-json-schema';
import type {GenericSchema} from 'valibot';
import {
  BlockSchema,
  CheckedSourceSchema,
  day,
  FactsSchema,
  localeSchema,
  SectionTextsSchema,
  SeedSourceSchema,
  SourceSchema,
  SummarySentenceSchema,
  type LocaleKeys,
} from './schema.js';
import type {GuideContent} from './types.js';
import {localeKeys} from './validate.js';

const config: ConversionConfig = {
  errorMode: 'ignore',
  // Checks that need the seed, the facts or a clock are the validator's, not the editor's.
  ignoreActions: ['check', 'check_items', 'raw_check', 'transform'],
  overrideSchema: ({valibotSchema}) => {
    if (valibotSchema === day) return {type: 'string', format: 'date', description: 'YYYY-MM-DD'};
    if (valibotSchema === SourceSchema) return {anyOf: [convert(SeedSourceSchema), convert(CheckedSourceSchema)]};
    if (valibotSchema === BlockSchema) {
      return {
        anyOf: [
          {type: 'string'},
          {type: 'object', properties: {list: {type: 'array', items: {type: 'string'}, minItems: 1}}, required: ['list'], additionalProperties: false},
          {type: 'object', properties: {types: {type: 'string'}}, required: ['types'], additionalProperties: false},
          {type: 'object', properties: {eligibility: {type: 'string'}}, required: ['eligibility'], additionalProperties: false},
        ],
      };
    }
    return undefined;
  },
};

function convert(schema: GenericSchema, definitions?: Record<string, GenericSchema>): JsonSchema {
  return toJsonSchema(schema, definitions ? {...config, definitions} : config);
}

function withTitle(schema: JsonSchema, title: string, description: string): JsonSchema {
  return {$schema: 'http://json-schema.org/draft-07/schema#', title, description, ...schema};
}

export function factsJsonSchema(): JsonSchema {
  return withTitle(
    convert(FactsSchema),
    'kiut facts',
    'content/facts.yaml: every service, phone number and address, written once, with its source. Generated from content-model/schema.ts by `npm run generate`.',
  );
}

export function guideJsonSchema(keys: LocaleKeys): JsonSchema {
  const schema = withTitle(
    // Each section has the same shape: defined once, referenced eleven times.
    convert(localeSchema(keys, ''), {section: SectionTextsSchema, summarySentence: SummarySentenceSchema}),
    'kiut guide texts',
    'content/<locale>/guide.yaml: the texts of one language, keyed by the ids of content/facts.yaml. Generated from content-model/schema.ts by `npm run generate`.',
  );
  // One file serves Hungarian and the translations, whose phrases differ in shape (Hungarian's
  // sentences by id; a translation's heading, i-speak and says): check:content checks each.
  const properties = (schema as {properties?: Record<string, unknown>}).properties;
  if (properties) properties.phrases = {type: 'object', description: 'The "Say this in Hungarian" card (see content/hu/guide.yaml and content/en/guide.yaml).'};
  return schema;
}

/** Where the schemas live, relative to the repository; the YAML files point at them. */
export const jsonSchemaFiles = {facts: 'content-model/json/facts.schema.json', guide: 'content-model/json/guide.schema.json'};

/** The text of both schema files for the given content, as `npm run generate` writes them. */
export function jsonSchemaTexts(content: GuideContent): Record<keyof typeof jsonSchemaFiles, string> {
  const keys = {...localeKeys(content.facts as unknown as Record<string, unknown>), print: Object.keys(content.locales.hu?.print ?? {})};
  return {
    facts: `${JSON.stringify(factsJsonSchema(), null, 2)}\n`,
    guide: `${JSON.stringify(guideJsonSchema(keys), null, 2)}\n`,
  };
}

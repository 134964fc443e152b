/**
 * The JSON Schemas editors read (content-model/json/): every content file points at its schema,
 * the committed schemas are the ones the model emits, and they accept the real content and flag
 * the mistakes a translator makes while typing.
 */
import assert from 'node:assert/strict';
import {readFileSync, readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {Ajv, type ValidateFunction} from 'ajv';
import {parse} from 'yaml';
import {jsonSchemaFiles, jsonSchemaTexts} from '../../content-model/json-schema.js';
import {loadContent} from '../../content-model/load.js';
import {repoRoot} from '../../scripts/lib/root.mjs';
import {contentDir} from './helpers.js';

const content = loadContent(contentDir);
const locales = readdirSync(contentDir).filter((name) => statSync(join(contentDir, name)).isDirectory());
const schema = (name: keyof typeof jsonSchemaFiles) => JSON.parse(readFileSync(join(repoRoot, jsonSchemaFiles[name]), 'utf8')) as object;
const ajv = new Ajv({allErrors: true, strict: false});
const validateFacts: ValidateFunction = ajv.compile(schema('facts'));
const validateGuide: ValidateFunction = ajv.compile(schema('guide'));
const read = (file: string) => parse(readFileSync(join(contentDir, file), 'utf8')) as Record<string, unknown>;
const errorsOf = (validate: ValidateFunction, data: unknown) => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));

test('every content file names its JSON Schema on its first line, and the schema is there', () => {
  const files = [
    ['facts.yaml', '../content-model/json/facts.schema.json'],
    ...locales.map((l) => [`${l}/guide.yaml`, '../../content-model/json/guide.schema.json']),
  ];
  for (const [file, ref] of files) {
    const first = readFileSync(join(contentDir, file), 'utf8').split('\n')[0];
    assert.equal(first, `# yaml-language-server: $schema=${ref}`, file);
    assert.ok(statSync(join(contentDir, file, '..', ref)).isFile(), `${file}: ${ref} exists`);
  }
});

test('the committed schemas are the ones the content model emits', () => {
  const texts = jsonSchemaTexts(content);
  for (const [name, path] of Object.entries(jsonSchemaFiles)) {
    assert.equal(readFileSync(join(repoRoot, path), 'utf8'), texts[name as keyof typeof texts], `${path} is stale: run npm run generate`);
  }
});

test('the schemas accept the real content', () => {
  assert.deepEqual(errorsOf(validateFacts, read('facts.yaml')), []);
  for (const locale of locales) assert.deepEqual(errorsOf(validateGuide, read(`${locale}/guide.yaml`)), [], locale);
});

test('an editor that reads the schemas flags a typo in a field, a missing section, a wrong value and an answer without its quote', () => {
  const facts = read('facts.yaml') as {services: Record<string, unknown>[]};
  facts.services[0].phon = facts.services[0].phone;
  delete (facts.services[0].needs as Record<string, unknown>[])[0].because;
  const factErrors = errorsOf(validateFacts, facts).join('\n');
  assert.match(factErrors, /\/services\/0 must NOT have additional properties|\/services\/0\/phon must NOT be valid/);
  assert.match(factErrors, /\/services\/0\/needs\/0 must have required property 'because'/);

  const guide = read('en/guide.yaml') as {sections: Record<string, unknown>; review: string};
  delete guide.sections.shelters;
  guide.review = 'maybe';
  const guideErrors = errorsOf(validateGuide, guide).join('\n');
  assert.match(guideErrors, /\/sections must have required property 'shelters'/);
  assert.match(guideErrors, /\/review must be equal to one of the allowed values/);
});

/**
 * The element's reference in PARTNERS.md, between `<!-- api:start -->` and `<!-- api:end -->`,
 * from dist/custom-elements.json (made from the JSDoc in src/kiut-guide.ts). Not
 * @custom-elements-manifest/to-markdown, which documents every member with its TypeScript type:
 * partners need the attributes as they write them, the documented events, and a block inside
 * PARTNERS.md that the staleness check can compare.
 */

import {join} from 'node:path';
import {replaceBetween} from './replace-between.js';
import {readBuilt} from './root.mjs';

const startMarker = '<!-- api:start -->';
const endMarker = '<!-- api:end -->';

interface Described {
  name: string;
  description?: string;
  summary?: string;
  default?: string;
  type?: {text?: string};
}
interface Member extends Described {
  kind: 'field' | 'method';
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  parameters?: Described[];
}
interface Declaration extends Described {
  tagName?: string;
  attributes?: Described[];
  members?: Member[];
  events?: Described[];
  slots?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}
export interface Manifest {
  modules?: {declarations?: Declaration[]}[];
}

/** dist/custom-elements.json, or an error naming the fix. */
export function readManifest(dist: string): Manifest {
  return JSON.parse(readBuilt(join(dist, 'custom-elements.json')).toString()) as Manifest;
}

/** The element's declaration in the manifest (the API reference and the WordPress plugin are made from it). */
export function guideOf(manifest: Manifest): Declaration {
  const guide = (manifest.modules ?? []).flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'kiut-guide');
  if (!guide) throw new Error('dist/custom-elements.json describes no <kiut-guide>: run `npm run build:widget`.');
  return guide;
}

/** A table cell on one line, with the pipe escaped. */
function cell(text: string | undefined): string {
  return (text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

function code(text: string | undefined): string {
  if (text === undefined || text === '') return '';
  const clean = cell(text);
  return clean.includes('`') ? `\`\` ${clean} \`\`` : `\`${clean}\``;
}

/** `'full'` → `full`: an attribute's default as a partner writes it. */
function attributeDefault(value: string | undefined): string {
  if (value === undefined) return '';
  if (value === "''" || value === '""') return '(empty)';
  if (value === 'false') return '(absent)';
  const quoted = /^'(.*)'$/.exec(value) ?? /^"(.*)"$/.exec(value);
  return code(quoted ? quoted[1] : value);
}

function renderElement(element: Declaration): string[] {
  // `lang` is observed by hand in the element, so the analyzer lists it bare; its rule is on the `locale` getter.
  const locale = element.members?.find((m) => m.name === 'locale' && m.description)?.description;
  const fallback = (name: string) => (name === 'lang' && locale ? `The language of the guide. ${locale}` : '');
  const isPublic = (m: Member) => (m.privacy === undefined || m.privacy === 'public') && !m.name.startsWith('#') && !m.static;
  // Partners write attributes as text: the TypeScript type (`Layout | string`) would not help them.
  const values = (a: Described) => (a.type?.text === 'boolean' ? 'present or absent' : a.type?.text === 'number' ? 'a number' : 'text');
  // The analyzer also lists `new SomeEvent(arg)` as an event named after `arg`, with no
  // description: only the documented events (@fires) are the element's public ones.
  const events = (element.events ?? []).filter((e) => e.description);
  const members = (element.members ?? []).filter((m) => isPublic(m) && m.description && !m.attribute);
  const signature = (m: Member) =>
    m.kind === 'method' ? code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`) : code(m.name) + (m.readonly ? ' (read-only)' : '');
  // Each `####` section: its title, what to know first, its table's headers and rows.
  const sections: [string, string, string[], string[][]][] = [
    [
      'Attributes',
      '',
      ['Attribute', 'Values', 'Default', 'What it does'],
      (element.attributes ?? []).map((a) => [code(a.name), values(a), attributeDefault(a.default), cell(a.description ?? fallback(a.name))]),
    ],
    [
      'CSS custom properties',
      'Set them on the element or on any ancestor, in your own stylesheet.',
      ['Property', 'Default', 'What it sets'],
      (element.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)]),
    ],
    ['Parts', 'Style them with `kiut-guide::part(name)`.', ['Part', 'What it is'], (element.cssParts ?? []).map((p) => [code(p.name), cell(p.description)])],
    [
      'Events',
      'They bubble and cross the shadow boundary: listen on the element or on `document`.',
      ['Event', 'When'],
      events.map((e) => [code(e.name), cell(e.description)]),
    ],
    ['Slot', '', ['Slot', 'What goes there'], (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)])],
    ['JavaScript', '', ['Member', 'What it does'], members.map((m) => [signature(m), cell(m.description)])],
  ];
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    '### `<kiut-guide>`',
    '',
    ...[element.summary, element.description].flatMap((text) => (text ? [cell(text), ''] : [])),
    // A section without rows says "(none)", but for JavaScript members, which are optional.
    ...sections.flatMap(([title, intro, headers, rows]) =>
      rows.length === 0 && title === 'JavaScript'
        ? []
        : [
            `#### ${title}`,
            '',
            ...(intro ? [intro, ''] : []),
            ...(rows.length === 0 ? ['(none)'] : [line(headers), line(headers.map(() => '---')), ...rows.map(line)]),
            '',
          ],
    ),
  ];
}

/** The whole generated block, markers included (each section ends with an empty line). */
function renderApi(manifest: Manifest): string {
  const note =
    '<!-- Generated by scripts/generate.ts from dist/custom-elements.json. Do not edit by hand: change the JSDoc in src/, then run `npm run build:widget && npm run docs:api`. -->';
  return [startMarker, note, '', ...renderElement(guideOf(manifest)), endMarker].join('\n');
}

/** PARTNERS.md with its reference written from `manifest`. Throws when the markers are missing or out of order. */
export function withApiReference(doc: string, manifest: Manifest): string {
  const next = replaceBetween(doc, startMarker, endMarker, renderApi(manifest));
  if (next === undefined) throw new Error(`the document needs ${startMarker} and ${endMarker}, in that order`);
  return next;
}

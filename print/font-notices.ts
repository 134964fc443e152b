/**
 * The print fonts' licences, as the notices of the studio (scripts/build-studio.ts) and of the
 * release (scripts/release.ts) carry them: every PDF and the studio's fonts.js hold parts of
 * Roboto (Apache License 2.0) and of Noto Sans SC (SIL Open Font License 1.1).
 */
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join, relative} from 'node:path';
import {inflateSync} from 'node:zlib';
import {cjkSourceFile} from './cjk-font.js';
import {fontDir} from './pdfmake-node.js';
import {cjkFontFiles, fontFiles} from './styles.js';

const require = createRequire(import.meta.url);
const text = (file: string) => readFileSync(file, 'utf8').replace(/\r\n/g, '\n').trim();

/**
 * Noto Sans SC's copyright notice (name ID 0, Windows Unicode), read from the package's WOFF
 * file of the regular weight: its name table, inflated.
 */
export function cjkCopyright(): string {
  const woff = readFileSync(cjkSourceFile(400).replace(/\.woff2$/, '.woff'));
  const entry = Array.from({length: woff.readUInt16BE(12)}, (_, i) => 44 + 20 * i).find((at) => woff.toString('latin1', at, at + 4) === 'name');
  if (entry === undefined) throw new Error('Noto Sans SC has no name table: its copyright cannot be read');
  const [offset, compressed, length] = [4, 8, 12].map((at) => woff.readUInt32BE(entry + at));
  const table = woff.subarray(offset, offset + compressed);
  const name = compressed < length ? inflateSync(table) : table;
  const strings = name.readUInt16BE(4);
  for (let i = 0; i < name.readUInt16BE(2); i++) {
    const [platform, , , id, size, at] = [0, 2, 4, 6, 8, 10].map((field) => name.readUInt16BE(6 + 12 * i + field));
    if (platform === 3 && id === 0)
      return name
        .subarray(strings + at, strings + at + size)
        .swap16()
        .toString('utf16le');
  }
  throw new Error('Noto Sans SC names no copyright (name ID 0)');
}

/** The sections for Roboto and Noto Sans SC, each with its licence word for word. */
export function fontNotices(repoRoot: string): string[] {
  // The Apache License 2.0, word for word, as TypeScript (a pinned dependency) ships it.
  const apache = text(require.resolve('typescript/LICENSE.txt'));
  if (!apache.startsWith('Apache License') || !apache.includes('Version 2.0, January 2004')) {
    throw new Error(
      'node_modules/typescript/LICENSE.txt is no longer the Apache License 2.0, which Roboto needs beside it: take the text from https://www.apache.org/licenses/LICENSE-2.0.txt',
    );
  }
  const fontsource = dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));
  const {version} = JSON.parse(readFileSync(join(fontsource, 'package.json'), 'utf8')) as {version: string};
  return [
    '## Roboto (Apache License 2.0), Copyright 2011 Google Inc.',
    '',
    `${Object.values(fontFiles).join(' and ')}, from pdfmake's package (${relative(repoRoot, fontDir)}), without their hinting instructions.`,
    '',
    '```text',
    apache,
    '```',
    '',
    '## Noto Sans SC (SIL Open Font License 1.1)',
    '',
    cjkCopyright(),
    '',
    `${Object.values(cjkFontFiles).join(' and ')}: the Regular and Medium of @fontsource/noto-sans-sc ${version} (${relative(fontsource, cjkSourceFile(400)).replace('400', '<weight>')}), cut to the characters the printed texts use: under the licence, a Modified Version. The licence reserves the name "Source", which they do not use.`,
    '',
    '```text',
    text(join(fontsource, 'LICENSE')),
    '```',
    '',
  ];
}

// The built guide served a second time, under /tampered/dist/, from a partner's server that lost
// or changed its language files, so the tests can prove what a reader then gets (a working
// Hungarian guide with a short English notice, never the changed text):
//   kiut-guide.en.json       one text changed: valid JSON, and a hash that no longer matches
//   kiut-guide.uk.json       missing (404)
//   kiut-guide.hu.full.json  one text changed
// Every other file is the build's own. Under /lost/dist/, every language file is missing (404).
// GET /__kiut/gzip-size?file=<name> answers the gzip -9
// size of dist/<name>, the measure of the budgets (scripts/measure-bundle.ts).
import {existsSync, readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';

const tampered = /^\/(tampered|lost)\/dist\/([\w.-]+)$/;
const changed = new Set(['kiut-guide.en.json', 'kiut-guide.hu.full.json']);
const missing = new Set(['kiut-guide.uk.json']);

/** The file's text with its first quoted string of letters changed, still valid JSON. */
const tamper = (text) => text.replace(/"title":"[^"]*"|"hotline":\["[^"]*/, (found) => found.replace(/"[^"]*$/, '"TAMPERED'));

export function languageFileFaults() {
  return {
    name: 'kiut-language-file-faults',
    serve(context) {
      if (context.path === '/__kiut/gzip-size') {
        const file = new URL(context.url, 'http://x').searchParams.get('file') ?? '';
        if (!/^[\w.-]+$/.test(file) || !existsSync(`dist/${file}`)) return {status: 404, body: 'no such file in dist/'};
        return {body: JSON.stringify({file, bytes: gzipSync(readFileSync(`dist/${file}`), {level: 9}).length}), type: 'json'};
      }
      const [, folder, name] = tampered.exec(context.path) ?? [];
      if (!name) return undefined;
      const lost = folder === 'lost' && name.endsWith('.json');
      if (lost || missing.has(name) || !existsSync(`dist/${name}`)) return {status: 404, body: 'Not found'};
      const body = readFileSync(`dist/${name}`, 'utf8');
      if (!changed.has(name)) return {body, type: name.endsWith('.json') ? 'json' : 'js'};
      const altered = tamper(body);
      if (altered === body) throw new Error(`language-file-faults: found nothing to change in dist/${name}`);
      return {body: altered, type: 'json'};
    },
  };
}

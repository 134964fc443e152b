/**
 * Test helpers for content/: copy the real content into a temp folder, break it in one way,
 * and see what the loader and the `check:content` CLI say about it.
 */
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {parseDocument, type Document} from 'yaml';
import {ContentValidationError, loadContent} from '../../content-model/load.js';
import {formatError, type ContentError} from '../../content-model/validate.js';
import {repoRoot} from '../../scripts/lib/root.mjs';

export const contentDir = join(repoRoot, 'content');

const made: string[] = [];

/** A copy of content/ in a fresh temp folder, with ways to break it. */
export class ContentCopy {
  readonly dir: string;

  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'kiut-content-'));
    made.push(this.dir);
    cpSync(contentDir, this.dir, {recursive: true});
  }

  path(file: string): string {
    return join(this.dir, file);
  }

  read(file: string): string {
    return readFileSync(this.path(file), 'utf8');
  }

  write(file: string, text: string): this {
    writeFileSync(this.path(file), text);
    return this;
  }

  remove(file: string): this {
    rmSync(this.path(file), {recursive: true, force: true});
    return this;
  }

  /** Edits the YAML text of `file`. */
  editText(file: string, edit: (text: string) => string): this {
    const before = this.read(file);
    const after = edit(before);
    assert.notEqual(after, before, `the edit of ${file} changed nothing: the test would prove nothing`);
    return this.write(file, after);
  }

  /** Replaces `from`, which must occur exactly once in `file`, so that a test cannot go vacuous. */
  replace(file: string, from: string, to: string): this {
    return this.editText(file, (text) => replaceOnce(text, from, to, file));
  }

  /** Edits the parsed document (comments and the other lines stay as they are). */
  editDoc(file: string, edit: (doc: Document) => void): this {
    const doc = parseDocument(this.read(file));
    edit(doc);
    return this.write(file, doc.toString({lineWidth: 0}));
  }

  /** The 1-based line of the first line of `file` that contains (or matches) `needle`. */
  lineOf(file: string, needle: string | RegExp): number {
    const index = this.read(file)
      .split('\n')
      .findIndex((line) => (typeof needle === 'string' ? line.includes(needle) : needle.test(line)));
    assert.ok(index >= 0, `"${needle}" is not in ${file}`);
    return index + 1;
  }

  /** What `loadContent` throws for this folder; fails the test if it loads. */
  errors(): ContentError[] {
    return loadErrors(this.dir);
  }
}

function replaceOnce(text: string, from: string, to: string, where = 'the text'): string {
  const count = text.split(from).length - 1;
  assert.equal(count, 1, `expected "${from}" exactly once in ${where}, found it ${count} times`);
  return text.replace(from, () => to);
}

/** Copies content/, applies `mutate`, and returns the copy. */
export function badContent(mutate: (copy: ContentCopy) => void): ContentCopy {
  const copy = new ContentCopy();
  mutate(copy);
  return copy;
}

/** Loads `dir`, expecting a `ContentValidationError`, and returns its errors. */
function loadErrors(dir: string): ContentError[] {
  try {
    loadContent(dir);
  } catch (error) {
    assert.ok(error instanceof ContentValidationError, `expected a ContentValidationError, got ${String(error)}`);
    assert.ok(error.errors.length > 0, 'a ContentValidationError lists at least one problem');
    for (const e of error.errors) assert.ok(error.message.includes(formatError(e)), 'the thrown message lists every problem');
    return error.errors;
  }
  assert.fail(`content in ${dir} loaded, but it should have been rejected`);
}

export interface Expected {
  /** The file, relative to the content folder: `facts.yaml`, `en/guide.yaml`. */
  file: string;
  path: string;
  /** What is wrong. */
  message: RegExp;
  /** The line the error must point at; `true` if any line will do; `false` if none is expected. */
  line?: number | boolean;
}

/** Splits an error's `file` into the file and the line the loader found (`en/guide.yaml:12`). */
function fileAndLine(error: ContentError): {file: string; line?: number} {
  const match = /^(.*?)(?::(\d+))?(?::\d+)?$/.exec(error.file);
  return {file: match?.[1] ?? error.file, line: match?.[2] === undefined ? undefined : Number(match[2])};
}

const fixWords =
  /\b(use|write|add|remove|rename|merge|translate|keep|correct|fix|check|create|restore|split|percent-encode|name the folder|must be|expected only)\b/i;

/** Finds the one error that names `expected.file` and `expected.path`, and checks it. */
export function expectError(errors: ContentError[], expected: Expected): ContentError {
  const listing = errors.map((e) => `  ${formatError(e)}`).join('\n');
  const matches = errors.filter((e) => {
    const {file} = fileAndLine(e);
    return (file === expected.file || file.endsWith(`/${expected.file}`)) && e.path === expected.path;
  });
  assert.ok(matches.length > 0, `no error for ${expected.file} at ${expected.path}; the errors were:\n${listing}`);
  const error = matches.find((e) => expected.message.test(e.message));
  assert.ok(error, `the error for ${expected.file} at ${expected.path} does not match ${expected.message}:\n${listing}`);
  assert.match(error.message, fixWords, `the message says what to do: ${error.message}`);
  const {line} = fileAndLine(error);
  if (typeof expected.line === 'number') assert.equal(line, expected.line, `line of ${formatError(error)}`);
  else if (expected.line === true) assert.ok(line !== undefined && line > 0, `a line number in ${formatError(error)}`);
  else if (expected.line === false) assert.equal(line, undefined, `no line number in ${formatError(error)}`);
  return error;
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `tsx scripts/check-content.ts <dir>`, as `npm run check:content` and `npx tsx` do: the
 * repository's own tsx binary, called directly: npx adds a second to every run.
 */
export function runCheck(dir: string): CliResult {
  const result = spawnSync(join(repoRoot, 'node_modules/.bin/tsx'), [join(repoRoot, 'scripts/check-content.ts'), dir], {
    cwd: process.cwd(),
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1'},
    timeout: 60_000,
  });
  return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

/** The CLI exits 1 and prints each of `errors` exactly as the loader reports it. */
export function expectCliFails(dir: string, ...errors: ContentError[]): CliResult {
  const result = runCheck(dir);
  assert.equal(result.status, 1, `check:content exits 1 on bad content; stdout:\n${result.stdout}\nstderr:\n${result.stderr}`);
  assert.match(result.stderr, /content is not valid \(\d+ problems?\):/);
  for (const error of errors)
    assert.ok(result.stderr.includes(formatError(error)), `check:content prints "${formatError(error)}"; it printed:\n${result.stderr}`);
  assert.doesNotMatch(result.stderr, /^\s+at /m, 'no stack trace: the editor needs the problem, not the code');
  return result;
}

/** The whole round: break a copy, check the loader's error, then the CLI's output. */
export function expectRejected(mutate: (copy: ContentCopy) => void, expected: Expected | ((copy: ContentCopy) => Expected)): ContentError {
  const copy = badContent(mutate);
  const errors = copy.errors();
  const error = expectError(errors, typeof expected === 'function' ? expected(copy) : expected);
  expectCliFails(copy.dir, error);
  return error;
}

/** Removes every temp folder made so far; call it from `after()`. */
export function cleanup(): void {
  for (const dir of made.splice(0)) rmSync(dir, {recursive: true, force: true});
}

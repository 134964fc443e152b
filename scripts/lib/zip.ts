/**
 * Byte-identical zip archives: entries in a fixed order (by path, compared as bytes), one fixed
 * timestamp, fixed Unix permissions (0644 files), fixed compression. Written with fflate, which
 * is pure JavaScript, so the compressed bytes do not change with the Node version's zlib.
 *
 * Why no standard tool alone: fflate writes the zip; the fixed order, date and modes that make it reproducible are kiut's.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join, posix, relative, sep} from 'node:path';
import {zipSync, type Zippable} from 'fflate';

export interface Entry {
  /** The path inside the archive, with forward slashes. */
  path: string;
  data: Uint8Array;
}

const unixFile = 0o100644;
/** Zip's "version made by" high byte for Unix: without it, unzip ignores the permissions. */
const unixHost = 3;

/** Paths compared as bytes, the same in every locale. */
export function byBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/** Every file under `dir`, as entries under `prefix`, in a fixed order. Symlinks and other specials are refused. */
export function readTree(dir: string, prefix = ''): Entry[] {
  const entries: Entry[] = [];
  const walk = (folder: string) => {
    for (const item of readdirSync(folder, {withFileTypes: true})) {
      const path = join(folder, item.name);
      if (item.isDirectory()) walk(path);
      else if (item.isFile()) entries.push({path: posix.join(prefix, relative(dir, path).split(sep).join('/')), data: readFileSync(path)});
      else throw new Error(`${path} is neither a file nor a folder: a release holds only plain files.`);
    }
  };
  walk(dir);
  return entries.sort((a, b) => byBytes(a.path, b.path));
}

/**
 * The zip's date fields are local time, and fflate reads them with the local getters
 * (getHours…): with TZ=UTC for the moment of writing, the archive is the same in every zone.
 */
function inUtc<T>(work: () => T): T {
  const saved = process.env.TZ;
  process.env.TZ = 'UTC';
  try {
    return work();
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

/** The archive of `entries`, each dated `epochSeconds`. Throws on a duplicate or unsafe path. */
export function zipEntries(entries: Entry[], epochSeconds: number): Uint8Array {
  const mtime = new Date(epochSeconds * 1000);
  if (mtime.getUTCFullYear() < 1980)
    throw new Error(`the release time ${mtime.toISOString()} is before 1980, which a zip cannot record: check SOURCE_DATE_EPOCH.`);
  const files: Zippable = {};
  const seen = new Set<string>();
  for (const entry of [...entries].sort((a, b) => byBytes(a.path, b.path))) {
    if (entry.path.startsWith('/') || entry.path.split('/').includes('..') || entry.path.includes('\\')) {
      throw new Error(`"${entry.path}" cannot go into a zip: paths must be relative, with forward slashes and no "..".`);
    }
    if (seen.has(entry.path)) throw new Error(`"${entry.path}" is in the archive twice.`);
    seen.add(entry.path);
    files[entry.path] = [entry.data, {level: 9, mtime, os: unixHost, attrs: unixFile << 16}];
  }
  return inUtc(() => zipSync(files));
}

/**
 * Byte-identical zip archives: entries in a fixed order (paths compared as bytes), one fixed
 * timestamp, 0644 Unix permissions, fixed compression. fflate writes the zip in pure JavaScript,
 * so the bytes do not change with the Node version's zlib; the rest makes it reproducible.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join, posix, relative, sep} from 'node:path';
import {zipSync, type Zippable} from 'fflate';

export interface Entry {
  /** The path inside the archive, with forward slashes. */
  path: string;
  data: Uint8Array;
}

/** Paths compared as bytes, the same in every locale. */
export const byBytes = (a: string, b: string): number => Buffer.compare(Buffer.from(a), Buffer.from(b));

/** Every file under `dir`, as entries under `prefix`, in a fixed order. Symlinks and other specials are refused. */
export function readTree(dir: string, prefix = ''): Entry[] {
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((item) => !item.isDirectory())
    .map((item) => {
      const path = join(item.parentPath, item.name);
      if (!item.isFile()) throw new Error(`${path} is neither a file nor a folder: a release holds only plain files.`);
      return {path: posix.join(prefix, relative(dir, path).split(sep).join('/')), data: readFileSync(path)};
    })
    .sort((a, b) => byBytes(a.path, b.path));
}

/** The archive of `entries`, each dated `epochSeconds`. Throws on a duplicate or unsafe path. */
export function zipEntries(entries: Entry[], epochSeconds: number): Uint8Array {
  const mtime = new Date(epochSeconds * 1000);
  if (mtime.getUTCFullYear() < 1980)
    throw new Error(`the release time ${mtime.toISOString()} is before 1980, which a zip cannot record: check SOURCE_DATE_EPOCH.`);
  const files: Zippable = {};
  for (const {path, data} of [...entries].sort((a, b) => byBytes(a.path, b.path))) {
    if (path.startsWith('/') || path.split('/').includes('..') || path.includes('\\'))
      throw new Error(`"${path}" cannot go into a zip: paths must be relative, with forward slashes and no "..".`);
    if (Object.hasOwn(files, path)) throw new Error(`"${path}" is in the archive twice.`);
    // os 3 (Unix) as "version made by": without it, unzip ignores the permissions.
    files[path] = [data, {level: 9, mtime, os: 3, attrs: 0o100644 << 16}];
  }
  // The zip's dates are local time, read by fflate with the local getters: written under
  // TZ=UTC, the archive is the same in every zone.
  const saved = process.env.TZ;
  process.env.TZ = 'UTC';
  try {
    return zipSync(files);
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

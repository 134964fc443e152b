/**
 * Paths inside a content file, kept as valibot's issues give them (`['services', 0, 'phone']`)
 * until a message is written: the rules compare keys, not strings, and only the editor reads
 * `services[0].phone`.
 */
export type Path = readonly (string | number)[];

/** Records a problem at a path of the file. */
export type Fail = (path: Path, message: string) => void;

/** Whether the schema already rejected this path or one above it. */
export type IsBad = (path: Path) => boolean;

/** `services[0].phone.e164`: the path an editor follows in the YAML; the file's root is `(top level)`. */
export function formatPath(path: Path): string {
  if (path.length === 0) return '(top level)';
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}

/** The IsBad of a file whose schema rejected `rejected`: a path is bad when one of them is it or lies above it. */
export function under(rejected: Path[]): IsBad {
  return (path) => rejected.some((bad) => bad.length <= path.length && bad.every((key, i) => path[i] === key));
}

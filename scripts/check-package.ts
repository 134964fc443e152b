/**
 * `npm run check:package` (in `prepublishOnly`): whether package.json can be published as it is:
 * every path in `exports`, `files`, `sideEffects`, `main` and `types` exists, the metadata a
 * registry page shows is there, and CHANGELOG.md has an entry for the version. publint checks an
 * exports map; this also checks kiut's own promises, offline. Each problem names the fix.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {basename, dirname, join} from 'node:path';
import {entries} from './lib/changelog.js';
import {cli} from './lib/cli.js';
import {packageJson, repoRoot} from './lib/root.mjs';

interface PackageJson {
  name?: string;
  version?: string;
  private?: boolean;
  license?: string;
  description?: string;
  keywords?: string[];
  repository?: string | {type?: string; url?: string};
  main?: string;
  types?: string;
  exports?: Record<string, string | Record<string, string>>;
  files?: string[];
  sideEffects?: boolean | string[];
}

export function packageProblems(pkg: PackageJson, root = repoRoot): string[] {
  const problems: string[] = [];
  // A pattern such as dist/kiut-guide.*.json exists when a file of its folder matches it.
  const matches = (pattern: string) => new RegExp(`^${pattern.replace(/\./g, '\\.').replace(/\*/g, '[^/]*')}$`);
  const exists = (path: string) =>
    path.includes('*')
      ? existsSync(join(root, dirname(path))) && readdirSync(join(root, dirname(path))).some((name) => matches(basename(path)).test(name))
      : existsSync(join(root, path));
  if (pkg.private) problems.push('package.json: "private": true stops npm publish: remove it.');
  for (const field of ['name', 'version', 'license', 'description'] as const) {
    if (!pkg[field]) problems.push(`package.json: "${field}" is missing: add it.`);
  }
  if (!pkg.keywords?.length) problems.push('package.json: "keywords" is empty: add the words people search for.');
  const repository = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  if (!repository)
    problems.push(
      'package.json: "repository" is missing: add {"type": "git", "url": "git+https://…"} with the project\'s public repository, so the registry page links to the source and the issues.',
    );
  // Every path the package names, with what names it.
  const paths = [
    ...(['main', 'types'] as const).flatMap((field) => (pkg[field] ? [[`"${field}" points to`, pkg[field]]] : [])),
    ...Object.entries(pkg.exports ?? {}).flatMap(([entry, target]) =>
      (typeof target === 'string' ? [target] : Object.values(target)).map((path) => [`exports["${entry}"] points to`, path]),
    ),
    ...(pkg.files ?? []).map((path) => ['"files" lists', path]),
    ...(Array.isArray(pkg.sideEffects) ? pkg.sideEffects : []).map((path) => ['"sideEffects" lists', path]),
  ];
  for (const [what, path] of paths) {
    if (!exists(path)) problems.push(`package.json: ${what} ${path}, which does not exist: run \`npm run build\`, or fix the path.`);
  }
  if (
    pkg.version &&
    existsSync(join(root, 'CHANGELOG.md')) &&
    !entries(readFileSync(join(root, 'CHANGELOG.md'), 'utf8')).some((e) => e.version === pkg.version)
  ) {
    problems.push(
      `CHANGELOG.md has no entry for ${pkg.version}: add "## ${pkg.version} (YYYY-MM-DD)" with what changed for partners, then run \`npm run changelog\`.`,
    );
  }
  if (!exists('LICENSE')) problems.push('LICENSE is missing: npm would publish the package without its licence text.');
  return problems;
}

cli(import.meta.url, 'check-package', () => {
  const problems = packageProblems(packageJson as PackageJson);
  for (const problem of problems) console.error(`check-package: ${problem}`);
  if (problems.length === 0) console.log('check-package: package.json can be published.');
  return problems.length === 0 ? 0 : 1;
});

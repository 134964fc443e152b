// Makes sure the tests' system tools (test/debian-packages.txt) are here, as new as the tests
// need: the three browser engines, poppler (print tests), ImageMagick (the QR degradation test)
// and the screenshot baselines' fonts. As root on Debian, apt-get installs what is missing or too
// old (no npm package installs Debian's); otherwise one line names it and the fix, and it fails.
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {engineNames, engineProblems, engines, engineVersion, findChrome} from './browsers.mjs';
import {isMain} from './is-main.mjs';
import {debianPackages, isPackageInstalled} from './lib/debian-packages.mjs';

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], {stdio: 'ignore'}).status === 0;

/** What the tests need that is not here: the packages, and why, one line each. */
function missingTools() {
  const {engines: toInstall, lines: problems} = engineProblems();
  const packages = toInstall.flatMap((engine) => debianPackages(engine));
  // ImageMagick blurs, tilts and soils the QR codes; /usr/local/bin/convert may be a stand-in, so its real names are looked for.
  const tools = [
    ['print', ['pdftoppm', 'pdftotext', 'pdfinfo'].every(has), 'The print tests need poppler-utils (pdftoppm, pdftotext, pdfinfo)'],
    ['qr', has('convert-im6.q16') || has('magick'), 'The QR degradation test needs ImageMagick'],
  ];
  for (const [need, , why] of tools.filter(([, present]) => !present)) {
    packages.push(...debianPackages(need));
    problems.push(`${why}: apt-get install ${debianPackages(need).join(' ')}`);
  }
  // Without the fonts everything runs, but the screenshots may differ from the baselines.
  const fonts = debianPackages('fonts').filter((name) => !isPackageInstalled(name));
  return {packages, problems, fonts};
}

export function ensureTools() {
  let {packages, problems, fonts} = missingTools();
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canApt && packages.length + fonts.length > 0) {
    console.log(`Installing ${[...packages, ...fonts].join(' ')} with apt-get (missing or too old, and this is root on Debian)…`);
    const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
    execFileSync('apt-get', ['update', '-qq'], {stdio: 'inherit', env});
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages, ...fonts], {stdio: 'inherit', env});
    ({problems, fonts} = missingTools());
  }
  if (fonts.length > 0) {
    console.warn(
      `Warning: the fonts the screenshot baselines were made with (Liberation, DejaVu) are missing; the demo screenshot tests may fail. Debian: \`sudo apt-get install -y ${fonts.join(' ')}\`.`,
    );
  }
  if (problems.length > 0) {
    for (const problem of problems) console.error(problem);
    process.exit(1);
  }
  return {chrome: findChrome()};
}

if (isMain(import.meta.url)) {
  ensureTools();
  console.log(
    `browsers: ${engines.map((engine) => `${engineNames[engine]} ${engineVersion(engine)?.join('.') ?? '(version unknown)'}`).join(', ')}; print tools: poppler-utils`,
  );
}

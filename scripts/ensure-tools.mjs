// Makes sure the tests' system tools are here: the three browser engines (Chromium; Firefox
// ESR; WebKitGTK's WebKitWebDriver with MiniBrowser, and Xvfb for its window), poppler's
// pdftoppm/pdftotext/pdfinfo and ImageMagick (print tests) and the fonts the screenshot baselines were made
// with. If something is missing and apt-get can be used as root, it installs it and says so;
// otherwise it prints the one command that installs it, and fails.
// Why no standard tool: nothing on npm installs Debian packages; this names what is missing and, as root, installs it with apt-get.
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {aptPackages, engineNames, engines, findChrome, isInstalled} from './browsers.mjs';
import {isMain} from './is-main.mjs';

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], {stdio: 'ignore'}).status === 0;
}

function canApt() {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

function aptInstall(packages) {
  console.log(`Installing ${packages.join(' ')} with apt-get (missing, and this is root on Debian)…`);
  const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
  execFileSync('apt-get', ['update', '-qq'], {stdio: 'inherit', env});
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {stdio: 'inherit', env});
}

/** The Debian packages the tests need that are not here. */
export function missingPackages() {
  const missing = engines.filter((engine) => !isInstalled(engine)).flatMap((engine) => aptPackages[engine]);
  if (!has('pdftoppm') || !has('pdftotext') || !has('pdfinfo')) missing.push('poppler-utils');
  // The QR degradation test blurs, tilts and soils the codes with ImageMagick (Debian's is version 6).
  if (!has('convert-im6.q16') && !has('magick')) missing.push('imagemagick');
  // The demo's screenshot baselines were taken with these fonts (Chromium's defaults here).
  if (!existsSync('/usr/share/fonts/truetype/liberation')) missing.push('fonts-liberation');
  if (!existsSync('/usr/share/fonts/truetype/dejavu')) missing.push('fonts-dejavu-core');
  return missing;
}

export function ensureTools() {
  const missing = missingPackages();
  if (missing.length === 0) return {chrome: findChrome()};
  if (canApt()) {
    aptInstall(missing);
  } else if (missing.every((p) => p.startsWith('fonts-'))) {
    // Only fonts are missing: everything runs, but the screenshots may differ from the baselines.
    console.warn(
      `Warning: the fonts the screenshot baselines were made with (Liberation, DejaVu) are missing; the demo screenshot tests may fail. Debian: \`sudo apt-get install -y ${missing.join(' ')}\`.`,
    );
    return {chrome: findChrome()};
  } else {
    const engineList = engines.filter((engine) => !isInstalled(engine)).map((engine) => engineNames[engine]);
    console.error(
      `The tests need ${[...engineList, ...(missing.includes('poppler-utils') ? ['poppler-utils (pdftoppm, pdftotext, pdfinfo)'] : []), ...(missing.includes('imagemagick') ? ['ImageMagick'] : [])].join(', ') || 'fonts'}, which ${missing.length === 1 ? 'is' : 'are'} not installed. ` +
        `Debian: \`sudo apt-get install -y ${missing.join(' ')}\`. Elsewhere, CHROME_PATH, FIREFOX_PATH, WEBKIT_WEBDRIVER_PATH, WEBKIT_MINIBROWSER_PATH and XVFB_PATH point at the programs.`,
    );
    process.exit(1);
  }
  const still = missingPackages().filter((p) => !p.startsWith('fonts-'));
  if (still.length > 0) {
    console.error(`Still missing after apt-get: ${still.join(' ')}.`);
    process.exit(1);
  }
  return {chrome: findChrome()};
}

if (isMain(import.meta.url)) {
  ensureTools();
  console.log(`browsers: ${engines.map((engine) => engineNames[engine]).join(', ')}; print tools: poppler-utils, ImageMagick`);
}

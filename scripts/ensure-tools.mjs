// Makes sure the tests' system tools are here: Chromium (browser tests) and poppler's
// pdftoppm/pdftotext/pdfinfo (print tests). If one is missing and apt-get can be used as
// root, it installs it and says so; otherwise it says how to install it and fails.
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {findChrome, installHint} from './find-chrome.mjs';
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

export function ensureTools() {
  const missing = [];
  if (!findChrome()) missing.push('chromium');
  if (!has('pdftoppm') || !has('pdftotext') || !has('pdfinfo')) missing.push('poppler-utils');
  // The demo's screenshot baselines were taken with these fonts (Chromium's defaults here).
  if (!existsSync('/usr/share/fonts/truetype/liberation')) missing.push('fonts-liberation');
  if (!existsSync('/usr/share/fonts/truetype/dejavu')) missing.push('fonts-dejavu-core');
  if (missing.length === 0) return {chrome: findChrome()};
  if (canApt()) {
    aptInstall(missing);
  } else if (missing.every((p) => p.startsWith('fonts-'))) {
    // Only fonts are missing: everything runs, but the screenshots may differ from the baselines.
    console.warn('Warning: the fonts the screenshot baselines were made with (Liberation, DejaVu) are missing; the demo screenshot tests may fail. Debian: `sudo apt-get install -y fonts-liberation fonts-dejavu-core`.');
    return {chrome: findChrome()};
  } else {
    if (missing.includes('chromium')) console.error(installHint);
    if (missing.includes('poppler-utils')) {
      console.error('No poppler-utils (pdftoppm, pdftotext, pdfinfo) found. Install them (Debian: `sudo apt-get install -y poppler-utils`).');
    }
    process.exit(1);
  }
  const chrome = findChrome();
  if (!chrome) {
    console.error(installHint);
    process.exit(1);
  }
  return {chrome};
}

if (isMain(import.meta.url)) {
  const {chrome} = ensureTools();
  console.log(`browser: ${chrome}`);
}

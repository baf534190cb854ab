// tachometer `import`s the npm package `chromedriver` before it drives Chrome, and would
// `npm install` it on demand (that package downloads a driver binary: impossible here). This
// local stand-in is what it imports instead: it points at the system chromedriver (Debian's
// chromium-driver, the same version as the system chromium) and puts it first on PATH, where
// selenium-webdriver's Selenium Manager looks for a driver before it would try a download.
const { existsSync } = require('node:fs');
const { delimiter, dirname } = require('node:path');
const { execFileSync } = require('node:child_process');

function find() {
  const fromEnv = process.env.CHROMEDRIVER_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const candidate of ['/usr/bin/chromedriver', '/usr/lib/chromium/chromedriver']) if (existsSync(candidate)) return candidate;
  try {
    return execFileSync('which', ['chromedriver'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

const path = find();
if (path) process.env.PATH = `${dirname(path)}${delimiter}${process.env.PATH ?? ''}`;
module.exports = { path, version: 'system' };

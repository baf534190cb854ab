// Finds a Chromium/Chrome to test with. Tools that download their own browser cannot work here,
// so we use the system one: $CHROME_PATH, then the usual Debian/Ubuntu/macOS locations.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return { path: fromEnv, source: 'CHROME_PATH' };
  for (const path of candidates) if (existsSync(path)) return { path, source: path };
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const path = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (path) return { path, source: `PATH (${name})` };
    } catch {
      // not on PATH
    }
  }
  return undefined;
}

/**
 * Flags for the system Chromium on every test and benchmark here: root needs --no-sandbox, the
 * closed network wants no background connections, and two test files run at once with one in a
 * background tab, whose timers and animation frames must keep running.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
];

#!/usr/bin/env node
// `npm start`: Storybook (the demo) on http://127.0.0.1:6006, offline, no telemetry, no browser
// opened. Extra arguments go to `storybook dev` (e.g. `npm start -- -p 7000`).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const storybook = fileURLToPath(new URL('../node_modules/storybook/dist/bin/dispatcher.js', import.meta.url));
const args = ['dev', '--port', '6006', '--host', '127.0.0.1', '--ci', '--no-open', '--disable-telemetry', ...process.argv.slice(2)];

const child = spawn(process.execPath, [storybook, ...args], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

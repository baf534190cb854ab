// Browser tests in the system Chromium (Debian's `chromium`), TypeScript compiled by esbuild
// with the project's tsconfig (legacy decorators), target es2022 so Chrome never sees raw decorators.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, findChromium } from './scripts/find-chromium.mjs';
import { build } from 'esbuild';
import { closingLineReporter } from './scripts/closing-line-reporter.mjs';
import { testApiServer } from './test/connect/test-api-server.mjs';
import { realServer } from './test/connect/real-server.mjs';

const chromium = findChromium();
const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

// CommonJS-only packages (qrcode; jsqr for the QR round-trip tests) served as ESM bundles built by
// esbuild on first request, because @rollup/plugin-commonjs does not work in the dev server.
const commonJsPackages = ['qrcode', 'jsqr'];
function commonJsBundles() {
  const bundles = new Map();
  const prefix = '/__cjs__/';
  return {
    name: 'verikit-commonjs-bundles',
    resolveImport({ source }) {
      if (commonJsPackages.includes(source)) return `${prefix}${source}.js`;
    },
    async serve(context) {
      if (!context.path.startsWith(prefix)) return;
      const name = context.path.slice(prefix.length, -'.js'.length);
      if (!commonJsPackages.includes(name)) return;
      if (!bundles.has(name)) {
        const result = build({ entryPoints: [name], bundle: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent' });
        bundles.set(name, result.then((output) => output.outputFiles[0].text));
      }
      return { body: await bundles.get(name), type: 'js' };
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 2,
  testFramework: { config: { timeout: 8000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  // /api/* answers for the HTTP connector tests (test/connect/), on the test page's own origin…
  middleware: [testApiServer],
  // …and a real Node http server on 127.0.0.1, another origin (test/connect/server.test.ts).
  plugins: [commonJsBundles(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig }), realServer()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromium?.path,
        headless: true,
        args: chromiumArgs,
      },
    }),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  reporters: [defaultReporter(), closingLineReporter()],
};

import type { StorybookConfig } from '@storybook/web-components-vite';
import { execFileSync } from 'node:child_process';
import { readdirSync, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const elementsDir = join(root, 'src', 'elements');

/**
 * The package's public entry points, named as a partner imports them (`verikit/code-input`).
 * THE one place that maps them: today onto the register modules in src/, later onto the
 * package's `exports` map. Stories, the partner page and the mock backend import only these.
 */
function publicEntryAliases(): Record<string, string> {
  const aliases: Record<string, string> = {};
  for (const name of readdirSync(elementsDir)) {
    const register = join(elementsDir, name, `vk-${name}.ts`);
    if (existsSync(register)) aliases[`verikit/${name}`] = register;
  }
  const totpHelpers = join(root, 'src', 'totp', 'index.ts');
  if (existsSync(totpHelpers)) aliases['verikit/totp'] = totpHelpers;
  return aliases;
}

/**
 * custom-elements.json (the docs tab's source) is generated from the elements' JSDoc by the
 * Custom Elements Manifest analyzer with its Lit support, each time Storybook starts or builds.
 */
function generateCustomElementsManifest(): void {
  const analyzer = join(root, 'node_modules', '@custom-elements-manifest', 'analyzer', 'cem.js');
  execFileSync(process.execPath, [analyzer, 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/**
 * Serves demo/index.html (the partner page) in `storybook dev` and builds it into the
 * static site at /demo/index.html, through the same Vite pipeline as the stories.
 */
function partnerPage(): Plugin {
  const page = join(root, 'demo', 'index.html');
  return {
    name: 'verikit-partner-page',
    config(config, env) {
      if (env.command !== 'build') return;
      const input = config.build?.rollupOptions?.input;
      const inputs = typeof input === 'string' ? [input] : Array.isArray(input) ? input : Object.values(input ?? {});
      return { build: { rollupOptions: { input: [...inputs, page] } } };
    },
    // Storybook injects its module-mocking runtime into every HTML page; a partner's page has none.
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.filename.endsWith(join('demo', 'index.html'))) return html;
        return html.replace(/<script type="module" src="[^"]*vite-inject-mocker-entry\.js"><\/script>/, '');
      },
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const url = request.url?.split('?')[0];
        if (url !== '/demo/' && url !== '/demo/index.html') {
          next();
          return;
        }
        readFile(page, 'utf8')
          .then((source) => server.transformIndexHtml('/demo/index.html', source))
          .then((html) => {
            response.setHeader('Content-Type', 'text/html; charset=utf-8');
            response.end(html);
          }, next);
      });
    },
  };
}

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
  async viteFinal(viteConfig) {
    generateCustomElementsManifest();
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      resolve: { alias: publicEntryAliases() },
      // Legacy decorators exactly as tsc compiles them (tsconfig: experimentalDecorators,
      // useDefineForClassFields false): without this, class fields would shadow Lit's accessors.
      esbuild: {
        target: 'es2022',
        tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
      },
      optimizeDeps: { include: ['qrcode'], esbuildOptions: { target: 'es2022' } },
      build: { target: 'es2022', chunkSizeWarningLimit: 2048 },
      plugins: [partnerPage()],
    });
  },
};

export default config;

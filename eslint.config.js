// ESLint (flat config): `npm run lint`, also run by `npm test` before the browser tests with
// --max-warnings 0. TypeScript is linted with type information (typescript-eslint strict +
// stylistic, type-checked); templates with eslint-plugin-lit and eslint-plugin-lit-a11y; custom
// element classes with eslint-plugin-wc. Every rule turned off or loosened below says why.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default defineConfig(
  // scratch/: a local, uncommitted folder for experiments.
  { ignores: ['dist/', 'storybook-static/', 'test-artifacts/', 'custom-elements.json', 'scratch/**'] },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.strictTypeChecked, tseslint.configs.stylisticTypeChecked, lit.configs['flat/recommended'], wc.configs['flat/best-practice'], litA11y.configs.recommended],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    // eslint-plugin-wc checks classes that extend these (it fails to detect lit itself from an ES module).
    settings: { wc: { elementBaseClasses: ['LitElement', 'VkElement', 'VkFormControl'] } },
    rules: {
      // `@click=${() => this.close()}`: an arrow that only calls a void method is how Lit templates bind handlers.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // `fields['channel']` marks a key read through an index signature (it may be absent): the codebase's convention.
      '@typescript-eslint/dot-notation': ['error', { allowIndexSignaturePropertyAccess: true }],
      // `withActions` is the only decorator Storybook 10 ships for `parameters.actions.handles`; its @deprecated note ("removed in v10") is stale.
      '@typescript-eslint/no-deprecated': ['error', { allow: [{ from: 'package', name: 'withActions', package: 'storybook' }] }],
      // Every element here extends LitElement, which implements connectedCallback & co.: Lit calls super unguarded.
      'wc/guard-super-call': 'off',
      // Numbers print predictably in a template literal (`${seconds}s`); objects, null and undefined stay errors.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['test/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts'],
    rules: {
      // Test and demo helpers return what the caller names, as querySelector<E>() does (part<HTMLInputElement>(el, 'input')).
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
      // @open-wc/semantic-dom-diff types every chai `.equal` as a Promise (for its async `.dom.equal`);
      // plain `expect(a).to.equal(b)` is synchronous. Every other floating promise is still an error.
      '@typescript-eslint/no-floating-promises': ['error', { allowForKnownSafeCalls: [{ from: 'package', name: 'Equal', package: '@open-wc/semantic-dom-diff' }] }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.{js,mjs,jsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser }, parserOptions: { ecmaFeatures: { jsx: true } } },
  },
);

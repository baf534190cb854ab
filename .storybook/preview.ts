/// <reference types="vite/client" />
import type { Decorator, Preview } from '@storybook/web-components';
import { setCustomElementsManifest } from '@storybook/web-components';
import { setStorybookHelpersConfig } from '@wc-toolkit/storybook-helpers';
import { action } from 'storybook/actions';
import { useEffect } from 'storybook/preview-api';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { localeDirection } from '../src/core/i18n.js';
import { supportedLocales } from '../src/locales/load.js';
import 'verikit/provider';
import { defineDemoElements } from '../demo/inbox-panel.js';
import { backendModes, type BackendMode } from '../demo/mock-backend.js';
import manifestJson from '../custom-elements.json';

/**
 * The part of the generated manifest this file reads. Typed here rather than inferred from the JSON,
 * which `npm run lint` may see before the analyzer has written it (then every use would be `any`).
 */
interface Manifest {
  modules: { declarations?: { tagName?: string; events?: { name?: string }[] }[] }[];
}
const customElements = manifestJson as Manifest;

setCustomElementsManifest(customElements);
// Stories take their args, controls and template from the manifest (stories/story-helpers.ts);
// `parsedType` (scripts/cem-parsed-types.mjs) gives enums and numbers their controls.
setStorybookHelpersConfig({ typeRef: 'parsedType' });
defineDemoElements();

/**
 * Every `static eventName` of every element's event classes, collected from the `*.events.ts`
 * modules, so a new event shows up without a second list.
 */
const eventModules = import.meta.glob<Record<string, unknown>>('../src/elements/*/*.events.ts', { eager: true });
export const verikitEventNames: string[] = [
  ...new Set(
    Object.values(eventModules).flatMap((module) =>
      Object.values(module).flatMap((exported) => {
        const name: unknown = typeof exported === 'function' ? Reflect.get(exported, 'eventName') : undefined;
        return typeof name === 'string' && name.startsWith('vk-') ? [name] : [];
      }),
    ),
  ),
].sort();

/**
 * Wraps every story in `<vk-provider>` (locale, loaded on demand by the provider; theme) and
 * `<demo-backend>` (the mock backend and its inbox), and turns the whole canvas right-to-left for
 * RTL locales.
 */
const withVerikitDemo: Decorator = (story, context) => {
  const locale = String(context.globals['locale'] ?? 'en');
  const theme = context.globals['theme'] === 'dark' ? 'dark' : 'light';
  const requestedMode = String(context.globals['backend'] ?? 'normal');
  const mode: BackendMode = backendModes.find((known) => known === requestedMode) ?? 'normal';
  const tag = typeof context.component === 'string' ? context.component : undefined;
  document.documentElement.lang = locale;
  document.documentElement.dir = localeDirection(locale);
  document.documentElement.dataset['theme'] = theme;
  return html`
    <vk-provider locale=${locale} theme=${theme}>
      <demo-backend mode=${mode} data-component=${ifDefined(tag)}>${story()}</demo-backend>
    </vk-provider>
  `;
};

/** The events the manifest documents for `tag`. */
const documentedEvents = (tag: string): string[] =>
  customElements.modules.flatMap((module) =>
    (module.declarations ?? []).flatMap((declaration) => ('tagName' in declaration && declaration.tagName === tag && 'events' in declaration ? (declaration.events ?? []).flatMap((event) => (event.name ? [event.name] : [])) : [])),
  );

/**
 * The story's template logs the element's own documented events in the Actions panel; this logs
 * the rest: vk-* events of the elements inside it (a composite's children, a provider's content)
 * that bubble out of the story.
 */
const withInnerEventActions: Decorator = (story, context) => {
  const tag = typeof context.component === 'string' ? context.component : '';
  useEffect(() => {
    const root = document.getElementById('storybook-root');
    const own = new Set(documentedEvents(tag));
    const names = verikitEventNames.filter((name) => !own.has(name));
    const log = (event: Event): void => {
      action(event.type)(event);
    };
    for (const name of names) root?.addEventListener(name, log);
    return () => names.forEach((name) => root?.removeEventListener(name, log));
  }, [tag]);
  return story();
};

const preview: Preview = {
  decorators: [withVerikitDemo, withInnerEventActions],
  parameters: {
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: { toc: true },
    layout: 'padded',
  },
  globalTypes: {
    locale: {
      description: 'Locale of every element (ar turns the canvas right-to-left)',
      toolbar: { title: 'Locale', icon: 'globe', items: [...supportedLocales], dynamicTitle: true },
    },
    theme: {
      description: 'Light or dark theme',
      toolbar: { title: 'Theme', icon: 'contrast', items: ['light', 'dark'], dynamicTitle: true },
    },
    backend: {
      description: 'How the mock backend answers',
      toolbar: { title: 'Backend', icon: 'database', items: [...backendModes], dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light', backend: 'normal' },
  tags: ['autodocs'],
};

export default preview;

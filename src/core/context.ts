import { createContext } from '@lit/context';
import type { Clock } from './clock.js';
import type { Message } from './i18n.js';

/** What `<vk-provider>` shares with every verikit element below it. */
export interface VkConfig {
  /** BCP 47 tag, e.g. `fr` or `pt-BR`. */
  locale?: string;
  /** Host overrides for any message key. */
  messages?: Readonly<Record<string, Message | undefined>>;
  /** The clock countdowns use (a `SystemClock` with a server offset, or a `ManualClock` in tests). */
  clock?: Clock;
}

/** Keyed by a global symbol so two copies of verikit on one page still share it. */
export const vkConfigContext = createContext<VkConfig>(Symbol.for('verikit.config'));

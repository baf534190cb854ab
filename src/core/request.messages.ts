import type { MessageCatalog } from './i18n.js';

/**
 * English messages every element shows while it waits for its host (see `core/host-request.ts`).
 * An element may word a state its own way by passing its own key to the request controller.
 */
export const requestMessages = {
  'request.pending': 'Sending your request…',
  'request.waiting': 'Still waiting for an answer. Check your connection, then try again.',
  'request.error': 'Something went wrong. Please try again.',
  'request.network': 'Could not reach the server. Check your connection and try again.',
  'request.cancel': 'Cancel',
  'request.cancelled': 'Request cancelled. Everything you entered is kept: try again when you are ready.',
  'request.retry': 'Try again',
} as const satisfies MessageCatalog;

export type RequestMessageKey = keyof typeof requestMessages;

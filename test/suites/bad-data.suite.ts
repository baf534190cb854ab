/**
 * The bad-data contract, run for every public property of every element: assigning a bad value
 * never throws, logs exactly one `VkDeveloperError` naming the element, the property and the field,
 * keeps the last valid value, and leaves the element rendered and usable.
 */
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { VkDeveloperError } from '../../src/core/errors.js';
import { recordConsole } from '../helpers.js';

export interface BadValue {
  value: unknown;
  /** A word the error must contain besides the element and property, e.g. the bad field's name. */
  mentions?: string;
}

export interface BadDataSuiteOptions<E extends LitElement> {
  mount(): Promise<E>;
  /** Property name → bad values (with the field each should name). */
  properties: Record<string, readonly BadValue[]>;
}

export function runBadDataSuite<E extends LitElement>(name: string, options: BadDataSuiteOptions<E>): void {
  describe(`${name}: bad host data`, () => {
    for (const [property, values] of Object.entries(options.properties)) {
      for (const bad of values) {
        it(`property "${property}" = ${show(bad.value)}: one developer error, the last valid value kept, still usable`, async () => {
          const el = await options.mount();
          const record = el as unknown as Record<string, unknown>;
          const before = structuredCloneOr(record[property]);
          const { calls } = await recordConsole('error', async () => {
            expect(() => {
              record[property] = bad.value;
            }, 'the setter does not throw').to.not.throw();
            await el.updateComplete;
            await el.updateComplete;
          });
          expect(calls.length, 'exactly one developer error').to.equal(1);
          const error = calls[0]?.[0];
          expect(error).to.be.instanceOf(VkDeveloperError);
          const text = error instanceof Error ? error.message : '';
          expect(text).to.contain(`<${el.localName}>`);
          expect(text).to.contain(`"${property}"`);
          if (bad.mentions) expect(text).to.contain(bad.mentions);
          expect(structuredCloneOr(record[property]), 'the last valid value is kept').to.deep.equal(before);
          expect(el.shadowRoot?.children.length, 'still rendered').to.be.greaterThan(0);
        });
      }
    }
  });
}

function show(value: unknown): string {
  try {
    // JSON.stringify gives undefined for undefined, functions and symbols (its lib type says string).
    return (JSON.stringify(value) as string | undefined)?.slice(0, 40) ?? String(value);
  } catch {
    return String(value);
  }
}

function structuredCloneOr(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}

/**
 * Core properties (issue 14), 1,000 cases each: `sniffBytes()` never throws on any head and only
 * names types it knows; countdowns are monotonic under arbitrary clock jumps and server offsets, and
 * exact when time only moves forward; the code input's visible timer never goes back up.
 */
import { expect, html } from '@open-wc/testing';
import fc from 'fast-check';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ManualClock } from '../../src/core/clock.js';
import { CountdownController } from '../../src/core/countdown.js';
import { kindOfMime, SNIFF_HEADER_BYTES, sniffBytes, sniffFile } from '../../src/core/file-sniff.js';
import '../../src/elements/code-input/vk-code-input.js';
import type { VkCodeInput } from '../../src/elements/code-input/vk-code-input.js';
import { mount, START } from '../helpers.js';
import { CASES } from './harness.js';

const ascii = (text: string): number[] => Array.from(text, (char) => char.charCodeAt(0) & 0xff);

/** Heads that look like the real formats, so the parsers' deeper branches run too. */
const structuredHead: fc.Arbitrary<Uint8Array> = fc
  .tuple(
    // Nothing before the box, or another format's magic number.
    fc.constantFrom<number[]>([], [0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x84], ascii('%PDF-'), [0xef, 0xbb, 0xbf, 32, 32], [...ascii('RIFF'), 0, 0, 0, 0, ...ascii('WEBP')], [0xff, 0xd8, 0xff]),
    fc.integer({ min: 0, max: 0xffffffff }),
    fc.constantFrom('ftyp', 'wide', 'moov', 'mdat', 'pnot', 'free', 'qt  ', 'M4A ', 'crx ', '3gp4', 'heic', 'mif1', 'avif', 'isom'),
    fc.array(fc.constantFrom('isom', 'mp42', 'M4A ', 'crx ', 'heic', 'mif1', 'avif', '3g2a', 'qt  ', 'wide', 'mdat', '\0\0\0\0'), { maxLength: 8 }),
    fc.uint8Array({ maxLength: 64 }),
  )
  .map(([prefix, size, box, brands, tail]) => {
    const sizeBytes = [size >>> 24, (size >>> 16) & 0xff, (size >>> 8) & 0xff, size & 0xff];
    const body = [...sizeBytes, ...ascii(box), ...brands.flatMap(ascii), ...tail];
    return new Uint8Array([...prefix, ...body]);
  });

class FakeHost implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {
    // Not needed here.
  }
  requestUpdate(): void {
    // Nothing renders.
  }
  readonly updateComplete = Promise.resolve(true);
}

type ClockOp = { op: 'advance'; ms: number } | { op: 'jump'; ms: number } | { op: 'sync'; skew: number } | { op: 'offset'; ms: number };
const clockOp: fc.Arbitrary<ClockOp> = fc.oneof(
  fc.record({ op: fc.constant('advance' as const), ms: fc.integer({ min: 0, max: 90_000 }) }),
  fc.record({ op: fc.constant('jump' as const), ms: fc.integer({ min: -3 * 3_600_000, max: 3 * 3_600_000 }) }),
  fc.record({ op: fc.constant('sync' as const), skew: fc.integer({ min: -3_600_000, max: 3_600_000 }) }),
  fc.record({ op: fc.constant('offset' as const), ms: fc.integer({ min: -3_600_000, max: 3_600_000 }) }),
);

function apply(clock: ManualClock, op: ClockOp): void {
  if (op.op === 'advance') clock.advance(op.ms);
  else if (op.op === 'jump') clock.jump(op.ms);
  else if (op.op === 'sync') clock.syncToServerTime(clock.now() + op.skew);
  else clock.serverTimeOffset = op.ms;
}

describe('core properties', () => {
  it(`sniffBytes never throws on arbitrary heads and names only types it knows (${CASES} + ${CASES} cases)`, () => {
    const known = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif', 'application/pdf', 'video/mp4', 'video/quicktime', 'video/webm', 'video/3gpp', 'video/3gpp2']);
    const check = (bytes: Uint8Array) => {
      const sniffed = sniffBytes(bytes);
      if (sniffed) {
        expect(known.has(sniffed.mime), sniffed.mime).to.equal(true);
        expect(kindOfMime(sniffed.mime)).to.equal(sniffed.kind);
      }
    };
    fc.assert(fc.property(fc.uint8Array({ maxLength: SNIFF_HEADER_BYTES + 100 }), check), { numRuns: CASES });
    fc.assert(fc.property(structuredHead, check), { numRuns: CASES });
  });

  it(`sniffFile never rejects on arbitrary files (${CASES} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
        await sniffFile(new Blob([bytes]));
      }),
      { numRuns: CASES },
    );
  });

  it(`a countdown is monotonic under arbitrary jumps and server offsets, never shows more than is left, and expires once (${CASES} cases)`, () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 * 3_600_000 }), fc.array(clockOp, { minLength: 1, maxLength: 30 }), (lead, ops) => {
        const clock = new ManualClock(START);
        let expiries = 0;
        const countdown = new CountdownController(new FakeHost(), { clock: () => clock, onExpire: () => (expiries += 1) });
        countdown.hostConnected();
        const deadline = START + lead;
        countdown.start(deadline);
        let last = countdown.remaining;
        for (const op of ops) {
          apply(clock, op);
          countdown.refresh();
          const remaining = countdown.remaining;
          expect(remaining, 'never goes back up').to.be.at.most(last);
          expect(remaining, 'never more than is left on the clock').to.be.at.most(Math.max(0, deadline - clock.now()));
          expect(expiries, 'expires at most once').to.be.at.most(1);
          expect(expiries === 1, 'expired exactly when nothing is left').to.equal(remaining === 0);
          last = remaining;
        }
      }),
      { numRuns: CASES },
    );
  });

  it(`a countdown is exact when time only moves forward (${CASES} cases)`, () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3_600_000 }), fc.array(fc.integer({ min: 0, max: 600_000 }), { maxLength: 30 }), (lead, jumps) => {
        const clock = new ManualClock(START);
        const countdown = new CountdownController(new FakeHost(), { clock: () => clock });
        countdown.hostConnected();
        countdown.start(START + lead);
        for (const ms of jumps) {
          clock.jump(ms);
          expect(countdown.remaining).to.equal(Math.max(0, START + lead - clock.now()));
        }
      }),
      { numRuns: CASES },
    );
  });

  it(`<vk-code-input>'s visible expiry timer never goes back up under arbitrary clock jumps and offsets (${CASES} cases)`, async function () {
    this.timeout(60_000);
    const { el, clock } = await mount<VkCodeInput>(html`<vk-code-input channel="email"></vk-code-input>`, 'vk-code-input');
    const shown = (): number => {
      const match = /(\d+):(\d{2})(?::(\d{2}))?/.exec(el.shadowRoot?.querySelector('[part~="expiry-timer"]')?.textContent ?? '');
      if (!match) return 0;
      const [, a = '0', b = '0', c] = match;
      return c === undefined ? Number(a) * 60 + Number(b) : Number(a) * 3600 + Number(b) * 60 + Number(c);
    };
    let code = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(clockOp, { minLength: 1, maxLength: 8 }), async (ops) => {
        clock.serverTimeOffset = 0;
        clock.set(START);
        // A fresh code each case: a new deadline starts afresh.
        el.expiresAt = START + 15 * 60_000 + ++code;
        await el.updateComplete;
        let last = shown();
        expect(last, 'the code\'s timer is on screen').to.be.within(899, 901);
        for (const op of ops) {
          apply(clock, op);
          await el.updateComplete;
          const now = shown();
          expect(now, 'the timer never goes back up').to.be.at.most(last);
          last = now;
        }
      }),
      { numRuns: CASES },
    );
  });
});

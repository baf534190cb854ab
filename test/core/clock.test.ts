import { expect } from '@open-wc/testing';
import { ManualClock, SystemClock } from '../../src/core/clock.js';

describe('clock', () => {
  describe('ManualClock', () => {
    it('ticks at every whole second crossed by advance()', () => {
      const clock = new ManualClock(1_000_500);
      const ticks: number[] = [];
      clock.subscribe((now) => ticks.push(now));
      clock.advance(2_600);
      expect(ticks).to.deep.equal([1_001_000, 1_002_000, 1_003_000]);
      expect(clock.now()).to.equal(1_003_100);
    });

    it('ticks once for a jump, like a tab waking from the background', () => {
      const clock = new ManualClock(0);
      const ticks: number[] = [];
      clock.subscribe((now) => ticks.push(now));
      clock.jump(3_600_000);
      expect(ticks).to.deep.equal([3_600_000]);
    });

    it('stops ticking a listener after unsubscribe', () => {
      const clock = new ManualClock(0);
      const ticks: number[] = [];
      const off = clock.subscribe((now) => ticks.push(now));
      clock.advance(1000);
      off();
      clock.advance(5000);
      expect(ticks).to.have.length(1);
      expect(clock.listenerCount).to.equal(0);
    });
  });

  describe('SystemClock', () => {
    it('applies the server-time offset to now()', () => {
      const clock = new SystemClock({ serverTimeOffset: 90_000 });
      expect(clock.now() - Date.now()).to.be.within(89_990, 90_010);
      clock.syncToServerTime(Date.now() - 5_000);
      expect(clock.now() - Date.now()).to.be.within(-5_010, -4_990);
    });

    it('rejects a non-finite offset with a clear error', () => {
      const clock = new SystemClock();
      expect(() => {
        clock.serverTimeOffset = Number.NaN;
      }).to.throw(/serverTimeOffset must be a finite number/);
    });

    it('ticks on second boundaries only while subscribed', async () => {
      const clock = new SystemClock();
      const ticks: number[] = [];
      const off = clock.subscribe((now) => ticks.push(now));
      await new Promise((resolve) => setTimeout(resolve, 2_100));
      off();
      expect(ticks.length).to.be.within(2, 3);
      // Aligned to whole seconds (a loaded machine may run a timer late, never early).
      for (const tick of ticks) expect(tick % 1000).to.be.below(250);
      expect(clock.listenerCount).to.equal(0);
      const count = ticks.length;
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      expect(ticks.length).to.equal(count);
    });
  });

  describe('server time (issue 14)', () => {
    it('SystemClock refuses a NaN or infinite offset in its constructor, as its setter does (no spinning ticker)', () => {
      for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
        expect(() => new SystemClock({ serverTimeOffset: bad })).to.throw(TypeError, /serverTimeOffset must be a finite number/);
        expect(() => new ManualClock(0, { serverTimeOffset: bad })).to.throw(TypeError, /serverTimeOffset must be a finite number/);
      }
    });

    it('a SystemClock with an offset ticks once a second, not in a loop', async () => {
      const clock = new SystemClock({ serverTimeOffset: -20 * 60_000 + 123 });
      let ticks = 0;
      const off = clock.subscribe(() => (ticks += 1));
      await new Promise((resolve) => setTimeout(resolve, 500));
      off();
      expect(ticks).to.be.at.most(1);
    });

    it('ManualClock plays a skewed device: syncToServerTime sets the offset, advance and set keep it', () => {
      const server = 1_700_000_000_000;
      const clock = new ManualClock(server + 60 * 60_000); // an hour fast
      const ticks: number[] = [];
      clock.subscribe((now) => ticks.push(now));
      clock.syncToServerTime(server);
      expect(clock.now()).to.equal(server);
      expect(clock.serverTimeOffset).to.equal(-60 * 60_000);
      expect(clock.deviceNow).to.equal(server + 60 * 60_000);
      expect(ticks, 'a sync ticks once').to.deep.equal([server]);
      clock.advance(1_500);
      expect(ticks).to.deep.equal([server, server + 1_000]);
      expect(clock.now()).to.equal(server + 1_500);
      clock.set(server + 10_000);
      expect(clock.now()).to.equal(server + 10_000);
      expect(clock.serverTimeOffset).to.equal(-60 * 60_000);
    });
  });
});

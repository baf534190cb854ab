import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ManualClock, type Clock } from '../../src/core/clock.js';
import { CountdownController } from '../../src/core/countdown.js';

/** A bare controller host, so the test decides when it is connected. */
class FakeHost implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  updates = 0;
  readonly updateComplete = Promise.resolve(true);
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(controller: ReactiveController): void {
    this.controllers = this.controllers.filter((each) => each !== controller);
  }
  requestUpdate(): void {
    this.updates++;
  }
  connect(): void {
    for (const controller of this.controllers) controller.hostConnected?.();
  }
  disconnect(): void {
    for (const controller of this.controllers) controller.hostDisconnected?.();
  }
}

function setup(start = 1_000_000, connected = true) {
  let clock: Clock = new ManualClock(start);
  const host = new FakeHost();
  const expiries: number[] = [];
  const ticks: number[] = [];
  const countdown = new CountdownController(host, {
    clock: () => clock,
    onExpire: () => expiries.push(clock.now()),
    onTick: (remaining) => ticks.push(remaining),
  });
  if (connected) host.connect();
  return {
    host,
    countdown,
    expiries,
    ticks,
    get clock(): ManualClock {
      if (!(clock instanceof ManualClock)) throw new Error('the clock was swapped for another kind');
      return clock;
    },
    swapClock(next: Clock) {
      clock = next;
    },
  };
}

describe('CountdownController', () => {
  it('counts down from the clock and expires exactly once, at the deadline', () => {
    const t = setup();
    t.countdown.start(1_005_000);
    expect(t.countdown.running).to.equal(true);
    expect(t.countdown.remainingSeconds).to.equal(5);
    t.clock.advance(4_999);
    // Recomputed on each whole-second tick: the last one was at 1_004_000.
    expect(t.countdown.remaining).to.equal(1_000);
    expect(t.countdown.remainingSeconds).to.equal(1);
    expect(t.expiries).to.deep.equal([]);
    t.clock.advance(1);
    expect(t.expiries).to.deep.equal([1_005_000]);
    expect(t.countdown.expired).to.equal(true);
    expect(t.countdown.running).to.equal(false);
    t.clock.advance(60_000);
    expect(t.expiries).to.have.length(1);
    expect(t.clock.listenerCount).to.equal(0);
    expect(t.ticks).to.deep.equal([5_000, 4_000, 3_000, 2_000, 1_000, 0]);
  });

  it('expires at once for a deadline already in the past', () => {
    const t = setup();
    t.countdown.start(999_000);
    expect(t.expiries).to.deep.equal([1_000_000]);
    expect(t.countdown.expired).to.equal(true);
    expect(t.countdown.remaining).to.equal(0);
    expect(t.clock.listenerCount).to.equal(0);
    t.countdown.start(999_000);
    expect(t.expiries).to.have.length(1);
  });

  it('expires once when the clock jumps far past the deadline (a background tab waking)', () => {
    const t = setup();
    t.countdown.start(1_000_000 + 15 * 60_000);
    t.clock.jump(3 * 60 * 60_000);
    t.clock.jump(1_000);
    expect(t.expiries).to.deep.equal([1_000_000 + 3 * 60 * 60_000]);
    expect(t.countdown.remaining).to.equal(0);
  });

  it('expires again for a new deadline', () => {
    const t = setup();
    t.countdown.start(1_001_000);
    t.clock.advance(1_000);
    t.countdown.start(1_003_000);
    expect(t.countdown.running).to.equal(true);
    t.clock.advance(2_000);
    expect(t.expiries).to.deep.equal([1_001_000, 1_003_000]);
  });

  it('does not subscribe to the clock while disconnected, and catches up on reconnect', () => {
    const t = setup(1_000_000, false);
    t.countdown.start(1_010_000);
    expect(t.clock.listenerCount).to.equal(0);
    t.host.connect();
    expect(t.clock.listenerCount).to.equal(1);
    t.host.disconnect();
    expect(t.clock.listenerCount).to.equal(0);
    t.clock.advance(20_000);
    expect(t.expiries).to.deep.equal([]);
    t.host.connect();
    expect(t.expiries).to.deep.equal([1_020_000]);
    expect(t.clock.listenerCount).to.equal(0);
  });

  it('lets go of the clock when stopped and never expires', () => {
    const t = setup();
    t.countdown.start(1_010_000);
    expect(t.clock.listenerCount).to.equal(1);
    t.countdown.stop();
    expect(t.clock.listenerCount).to.equal(0);
    expect(t.countdown.deadline).to.equal(undefined);
    expect(t.countdown.remaining).to.equal(0);
    expect(t.countdown.expired).to.equal(false);
    t.clock.advance(60_000);
    expect(t.expiries).to.deep.equal([]);
  });

  it('moves to a new clock on refresh()', () => {
    const t = setup();
    t.countdown.start(1_010_000);
    const first = t.clock;
    const second = new ManualClock(1_009_000);
    t.swapClock(second);
    t.countdown.refresh();
    expect(first.listenerCount).to.equal(0);
    expect(second.listenerCount).to.equal(1);
    expect(t.countdown.remaining).to.equal(1_000);
    second.advance(1_000);
    expect(t.expiries).to.deep.equal([1_010_000]);
  });

  it('rejects a deadline that is not epoch milliseconds', () => {
    const t = setup();
    expect(() => t.countdown.start(Number.NaN)).to.throw(TypeError, /deadline must be epoch milliseconds/);
  });

  describe('monotonic (issue 14)', () => {
    it('a clock moving back gives no time back; counting goes on from there', () => {
      const t = setup();
      t.countdown.start(1_060_000);
      t.clock.advance(10_000);
      expect(t.countdown.remaining).to.equal(50_000);
      t.clock.jump(-30 * 60_000);
      expect(t.countdown.remaining, 'not 30 minutes more').to.equal(50_000);
      t.clock.advance(20_000);
      expect(t.countdown.remaining).to.equal(30_000);
      t.clock.jump(10_000);
      expect(t.countdown.remaining, 'forward moves count in full').to.equal(20_000);
    });

    it('an expired countdown stays expired when the clock moves back (a re-sync to a server behind the device)', () => {
      const t = setup();
      t.countdown.start(1_005_000);
      t.clock.advance(6_000);
      expect(t.expiries).to.have.length(1);
      t.clock.syncToServerTime(t.clock.now() - 60_000);
      expect(t.countdown.expired).to.equal(true);
      expect(t.countdown.remaining).to.equal(0);
      t.clock.advance(1_000);
      expect(t.expiries).to.have.length(1);
    });

    it('a new deadline or another clock starts afresh', () => {
      const t = setup();
      t.countdown.start(1_010_000);
      t.clock.jump(-5_000);
      expect(t.countdown.remaining).to.equal(10_000);
      t.countdown.start(1_020_000);
      expect(t.countdown.remaining).to.equal(25_000);
      t.swapClock(new ManualClock(1_000_000));
      t.countdown.refresh();
      expect(t.countdown.remaining).to.equal(20_000);
    });
  });
});

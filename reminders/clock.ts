// Time as a dependency: the scheduler and the sender never read the wall clock or set a
// timer directly, so tests drive them with FakeClock and never wait in real time.

export type TimerHandle = { readonly id: number };

export interface Clock {
  now(): number;
  setTimer(fn: () => void, ms: number): TimerHandle;
  clearTimer(handle: TimerHandle): void;
  sleep(ms: number): Promise<void>;
}

/** Node's setTimeout caps a delay at 2^31-1 ms; longer waits are re-armed by the caller. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer(fn, ms) {
    const t = setTimeout(fn, Math.max(0, Math.min(ms, MAX_TIMER_MS)));
    t.unref?.();
    return { id: 0, t } as unknown as TimerHandle;
  },
  clearTimer(handle) {
    clearTimeout((handle as unknown as { t: NodeJS.Timeout }).t);
  },
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, Math.min(ms, MAX_TIMER_MS)))),
};

interface FakeTimer {
  id: number;
  at: number;
  fn: () => void;
}

/** A clock that moves only when told. `advance` fires due timers in time order. */
export class FakeClock implements Clock {
  private t: number;
  private seq = 0;
  private timers: FakeTimer[] = [];

  constructor(start: number | Date) {
    this.t = typeof start === 'number' ? start : start.getTime();
  }

  now(): number {
    return this.t;
  }

  setTimer(fn: () => void, ms: number): TimerHandle {
    const timer = { id: ++this.seq, at: this.t + Math.max(0, ms), fn };
    this.timers.push(timer);
    return { id: timer.id };
  }

  clearTimer(handle: TimerHandle): void {
    this.timers = this.timers.filter((x) => x.id !== handle.id);
  }

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.setTimer(resolve, ms));
  }

  /** Timers still waiting. */
  get pending(): number {
    return this.timers.length;
  }

  /** The time of the earliest waiting timer, if any. */
  get nextTimerAt(): number | undefined {
    let min: number | undefined;
    for (const x of this.timers) if (min === undefined || x.at < min) min = x.at;
    return min;
  }

  /**
   * Move time forward by `ms`, firing every timer that falls due, one at a time in order.
   * After each, `settle` is awaited so the work a timer starts can finish (or reach its
   * next wait on this clock) before time moves again.
   */
  async advance(ms: number, settle: () => Promise<void> = flushIo): Promise<void> {
    const target = this.t + ms;
    await settle();
    for (;;) {
      let next: FakeTimer | undefined;
      for (const x of this.timers) if (x.at <= target && (!next || x.at < next.at || (x.at === next.at && x.id < next.id))) next = x;
      if (!next) break;
      this.timers = this.timers.filter((x) => x !== next);
      this.t = Math.max(this.t, next.at);
      next.fn();
      await settle();
    }
    this.t = target;
    await settle();
  }

  /** Set the time (forwards only), firing due timers. */
  advanceTo(when: number | Date, settle?: () => Promise<void>): Promise<void> {
    const at = typeof when === 'number' ? when : when.getTime();
    return this.advance(Math.max(0, at - this.t), settle);
  }
}

/** Let pending promise callbacks and I/O callbacks run. */
export async function flushIo(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise<void>((r) => setImmediate(r));
}

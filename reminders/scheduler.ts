// The scheduler: an in-memory min-heap of (next due time, schedule id) built from the store
// at start, and one timer set for the earliest entry. Nothing polls the schedules: the timer
// wakes for the next due reminder (or after `maxWakeMs`, to guard against clock jumps).
// Schedules other instances change arrive through `reload(id)` (Redis pub/sub, events.ts);
// `resyncMs` is a slow full rescan kept only as a safety net for a lost message.
//
// Each due occurrence is claimed (Claims) before it is sent, the record is re-read after
// the claim, and written back with the next due time after the send: the store, not the
// heap, is the truth, so a restart or another instance carries on where this one stopped.
import { randomUUID } from 'node:crypto';
import type { Clock, TimerHandle } from './clock';
import { flushIo } from './clock';
import type { Claims } from './claims';
import { DueHeap } from './heap';
import { deliver, type SendFn, type SenderOptions } from './sender';
import type { ScheduleStore } from './store';
import { nextReminderAfter, durationInWords } from './time';
import { HISTORY_CAP, silentLogger, type Activity, type ConversationRef, type Logger, type OccurrenceRecord, type Schedule, type SendingMark } from './types';

export interface Occurrence {
  due: number;
  meeting: number;
  /** Set when this occurrence may already have been posted by a process that died mid-send. */
  resentAfter?: number;
}

/**
 * How many times one occurrence is posted at most when the process dies mid-send: the first
 * attempt, and one re-send after a restart. See runJob.
 */
export const MAX_SEND_TRIES = 2;

export interface SchedulerOptions {
  store: ScheduleStore;
  claims: Claims;
  clock: Clock;
  send: SendFn;
  /** Builds the reminder activity (the card) for one occurrence. */
  render: (schedule: Schedule, occurrence: Occurrence, now: number) => Activity | Promise<Activity>;
  /** The freshest reference for a conversation (references go stale); else the schedule's own. */
  resolveRef?: (conversationId: string) => Promise<ConversationRef | undefined>;
  /** Told when a conversation's schedules stop (403/404), e.g. to forget the conversation. */
  onConversationStopped?: (conversationId: string, reason: string) => Promise<void> | void;
  /** How late a reminder may still be sent (default 1 hour). */
  graceMs?: number;
  /** Lease of a claim while sending (renewed while waiting out a 429): default 2 minutes. */
  leaseMs?: number;
  /** Longest timer sleep: default 1 hour. */
  maxWakeMs?: number;
  /** Re-read the whole store this often (other instances' new schedules); 0 = never. */
  resyncMs?: number;
  maxConcurrent?: number;
  instanceId?: string;
  logger?: Logger;
  sender?: Pick<SenderOptions, 'baseBackoffMs' | 'maxBackoffMs' | 'attemptTimeoutMs' | 'budget'>;
}

export interface SchedulerStats {
  indexed: number;
  inFlight: number;
  heapEntries: number;
  sent: number;
  missed: number;
  failed: number;
  stopped: number;
  /** Occurrences posted again after a process died mid-send (labelled on the card). */
  resent: number;
}

export const DEFAULT_GRACE_MS = 60 * 60 * 1000;

function pushCapped(list: OccurrenceRecord[] | undefined, rec: OccurrenceRecord): OccurrenceRecord[] {
  const out = [...(list ?? []), rec];
  return out.length > HISTORY_CAP ? out.slice(out.length - HISTORY_CAP) : out;
}

/** Moves a schedule on past the occurrence due at `due`: next due time, or finished. */
export function advance(s: Schedule, due: number, now: number): Schedule {
  const n = nextReminderAfter(s.meeting, s.offsets, due);
  return {
    ...s,
    nextDue: n?.due ?? null,
    nextMeeting: n?.meeting ?? null,
    status: n ? s.status : s.status === 'active' ? 'finished' : s.status,
    updatedAt: now,
  };
}

export class Scheduler {
  readonly instanceId: string;
  private readonly o: Required<Pick<SchedulerOptions, 'graceMs' | 'leaseMs' | 'maxWakeMs' | 'resyncMs' | 'maxConcurrent'>> & SchedulerOptions;
  private readonly log: Logger;
  private readonly due = new Map<string, number>();
  private readonly heap = new DueHeap();
  private readonly inFlight = new Map<string, Promise<void>>();
  private timer?: TimerHandle;
  private timerAt?: number;
  private started = false;
  private stopping = false;
  private stopSignal!: Promise<void>;
  private signalStop!: () => void;
  private running = 0;
  private idleWaiters: (() => void)[] = [];
  private lastResync = 0;
  /** Ids reloaded while the index loads: the scan's older copy must not overwrite them. */
  private reloadedWhileLoading?: Set<string>;
  private readonly counts = { sent: 0, missed: 0, failed: 0, stopped: 0, resent: 0 };
  /** Ids that fell due again while their job was running. */
  private readonly deferred = new Set<string>();
  /** Consecutive failed jobs per schedule (store unreachable...), for the retry backoff. */
  private readonly failures = new Map<string, number>();

  constructor(options: SchedulerOptions) {
    this.o = { graceMs: DEFAULT_GRACE_MS, leaseMs: 120_000, maxWakeMs: 3_600_000, resyncMs: 0, maxConcurrent: 4, ...options };
    this.instanceId = options.instanceId ?? randomUUID();
    this.log = options.logger ?? silentLogger;
    this.resetStopSignal();
  }

  private resetStopSignal(): void {
    this.stopSignal = new Promise<void>((r) => (this.signalStop = r));
  }

  /** Loads the index from the store and arms the timer; due and overdue reminders run now. */
  async start(): Promise<{ loaded: number }> {
    if (this.started) return { loaded: this.due.size };
    this.started = true;
    this.stopping = false;
    this.resetStopSignal();
    this.enter();
    try {
      const loaded = await this.loadIndex();
      this.log.info({ loaded, graceMs: this.o.graceMs, instance: this.instanceId }, 'reminder scheduler started');
      this.pump();
      return { loaded };
    } finally {
      this.exit();
    }
  }

  /** Stops the timer and waits for sends in progress (a 429 wait is cut short; that reminder stays due). */
  async stop(): Promise<void> {
    if (!this.started) return;
    this.stopping = true;
    this.signalStop();
    if (this.timer) this.o.clock.clearTimer(this.timer);
    this.timer = undefined;
    await Promise.allSettled([...this.inFlight.values()]);
    this.started = false;
    this.due.clear();
    this.heap.clear();
    this.failures.clear();
    this.deferred.clear();
  }

  /** Tell the scheduler a schedule was created or changed (after it was written to the store). */
  track(s: Schedule): void {
    if (s.status === 'active' && s.nextDue !== null) {
      if (this.due.get(s.id) !== s.nextDue) {
        this.due.set(s.id, s.nextDue);
        this.heap.push(s.nextDue, s.id);
      }
    } else {
      this.due.delete(s.id);
    }
    this.compact();
    if (this.started && !this.stopping) this.pump();
  }

  /** Tell the scheduler a schedule was deleted. */
  untrack(id: string): void {
    this.due.delete(id);
    if (this.started && !this.stopping) this.arm();
  }

  /** Re-reads one schedule from the store (another instance changed it). */
  async reload(id: string): Promise<void> {
    if (!this.started || this.stopping) return;
    this.reloadedWhileLoading?.add(id);
    this.enter();
    try {
      const s = await this.o.store.get(id);
      if (!this.started || this.stopping) return;
      if (s) this.track(s);
      else this.untrack(id);
    } finally {
      this.exit();
    }
  }

  /** Re-reads the whole store now (changes from other instances may have been missed). */
  async resyncNow(): Promise<void> {
    if (!this.started || this.stopping) return;
    this.enter();
    try {
      await this.resync();
    } finally {
      this.exit();
      this.pump();
    }
  }

  /** Resolves once no work is running (work waiting on the clock does not count). For tests. */
  async settled(): Promise<void> {
    for (;;) {
      await flushIo();
      if (this.running === 0) return;
      await new Promise<void>((r) => this.idleWaiters.push(r));
    }
  }

  stats(): SchedulerStats {
    return { indexed: this.due.size, inFlight: this.inFlight.size, heapEntries: this.heap.size, ...this.counts };
  }

  /** When the timer will next fire (for tests and diagnostics). */
  get nextWake(): number | undefined {
    return this.timerAt;
  }

  // -------------------------------------------------------------------------------------

  private async loadIndex(): Promise<number> {
    this.due.clear();
    this.heap.clear();
    const reloaded = (this.reloadedWhileLoading = new Set());
    try {
      for await (const e of this.o.store.scan()) {
        if (e.status === 'active' && e.nextDue !== null && !this.inFlight.has(e.id) && !reloaded.has(e.id)) {
          this.due.set(e.id, e.nextDue);
          this.heap.push(e.nextDue, e.id);
        }
      }
    } finally {
      this.reloadedWhileLoading = undefined;
    }
    this.lastResync = this.o.clock.now();
    return this.due.size;
  }

  private enter(): void {
    this.running++;
  }

  private exit(): void {
    this.running--;
    if (this.running === 0) {
      const w = this.idleWaiters;
      this.idleWaiters = [];
      for (const f of w) f();
    }
  }

  /** A sleep on the scheduler's clock that does not count as running work, cut short by stop(). */
  private sleep = async (ms: number): Promise<void> => {
    this.exit();
    try {
      await Promise.race([this.o.clock.sleep(ms), this.stopSignal]);
    } finally {
      this.enter();
    }
  };

  private compact(): void {
    if (this.heap.size <= 2 * this.due.size + 1024) return;
    this.heap.clear();
    for (const [id, t] of this.due) this.heap.push(t, id);
  }

  /** Starts every due job (up to maxConcurrent), then re-arms the timer. */
  private pump(): void {
    if (!this.started || this.stopping) return;
    const now = this.o.clock.now();
    while (this.inFlight.size < this.o.maxConcurrent) {
      const top = this.heap.peek();
      if (!top || top.time > now) break;
      this.heap.pop();
      if (this.due.get(top.id) !== top.time) continue; // stale entry
      if (this.inFlight.has(top.id)) {
        this.deferred.add(top.id); // looked at again when its job ends
        continue;
      }
      this.due.delete(top.id);
      this.enter();
      const job = this.runJob(top.id)
        .then(() => void this.failures.delete(top.id))
        .catch((err) => {
          // Keep it due (the store still says so) and try again soon, backing off: the store
          // may be briefly unreachable. The stack once; then the message, so an outage does not flood the log.
          const n = (this.failures.get(top.id) ?? 0) + 1;
          this.failures.set(top.id, n);
          this.log.error({ id: top.id, attempt: n, err: n === 1 ? err : ((err as Error)?.message ?? String(err)) }, 'reminder job failed');
          this.retryLater(top.id, Math.min(this.o.leaseMs, 5_000 * 2 ** (n - 1)));
        })
        .finally(() => {
          this.inFlight.delete(top.id);
          const again = this.deferred.delete(top.id) ? this.due.get(top.id) : undefined;
          if (again !== undefined) this.heap.push(again, top.id);
          this.exit();
          this.pump();
        });
      this.inFlight.set(top.id, job);
    }
    this.arm();
  }

  private retryLater(id: string, ms = this.o.leaseMs): void {
    if (this.stopping) return;
    const at = this.o.clock.now() + ms;
    this.due.set(id, at);
    this.heap.push(at, id);
  }

  private arm(): void {
    if (!this.started || this.stopping) return;
    let top = this.heap.peek();
    while (top && this.due.get(top.id) !== top.time) {
      this.heap.pop();
      top = this.heap.peek();
    }
    const now = this.o.clock.now();
    let at = now + this.o.maxWakeMs;
    if (this.o.resyncMs > 0) at = Math.min(at, this.lastResync + this.o.resyncMs);
    if (top && this.inFlight.size < this.o.maxConcurrent) at = Math.min(at, top.time);
    at = Math.max(at, now);
    if (this.timer && this.timerAt === at) return;
    if (this.timer) this.o.clock.clearTimer(this.timer);
    this.timerAt = at;
    this.timer = this.o.clock.setTimer(() => this.onTimer(), at - now);
  }

  private onTimer(): void {
    this.timer = undefined;
    this.timerAt = undefined;
    if (!this.started || this.stopping) return;
    if (this.o.resyncMs > 0 && this.o.clock.now() - this.lastResync >= this.o.resyncMs) {
      this.enter();
      this.resync()
        .catch((err) => this.log.error({ err }, 'reminder resync failed'))
        .finally(() => {
          this.exit();
          this.pump();
        });
      return;
    }
    this.pump();
  }

  private async resync(): Promise<void> {
    this.lastResync = this.o.clock.now();
    for await (const e of this.o.store.scan()) {
      if (this.inFlight.has(e.id)) continue;
      if (e.status === 'active' && e.nextDue !== null) {
        if (this.due.get(e.id) !== e.nextDue) {
          this.due.set(e.id, e.nextDue);
          this.heap.push(e.nextDue, e.id);
        }
      } else this.due.delete(e.id);
    }
    this.compact();
  }

  private claimKey(id: string, due: number): string {
    return `${id}:${due}`;
  }

  /** Sends the occurrence of `id` the store says is due (the heap only said when to look). */
  private async runJob(id: string): Promise<void> {
    const { store, claims, clock } = this.o;
    const first = await store.get(id);
    if (!first || first.status !== 'active' || first.nextDue === null) return;
    const due = first.nextDue;
    if (due > clock.now()) {
      // Changed elsewhere (edited, or sent by another instance): follow the store.
      this.track(first);
      return;
    }
    const key = this.claimKey(id, due);
    if (!(await claims.claim(key, this.instanceId, this.o.leaseMs))) {
      // Another instance is sending it (or has). Look again once its lease could have run out.
      this.retryLater(id);
      return;
    }
    let done = false;
    const complete = async () => {
      await claims.complete(key, this.instanceId, this.keepMs());
      done = true;
    };
    try {
      const s = await store.get(id);
      if (!s || s.status !== 'active' || s.nextDue !== due) {
        if (s) this.track(s);
        return;
      }
      const now = clock.now();
      const occurrence: Occurrence = { due, meeting: s.nextMeeting ?? due };
      const late = now - due;
      // We hold the claim, so a "sending" mark for this occurrence is stale: whoever wrote it
      // died (or lost its lease) before recording how its post went. What may already be in
      // the conversation: a post of each earlier process that had one in flight, or had one
      // end without an answer (not one whose every attempt was refused, as by a 429).
      const stale = s.sending?.due === due ? s.sending : undefined;
      const posted = stale ? (stale.posting === false ? stale.tries - 1 : stale.tries) : 0;
      if (late > this.o.graceMs || posted >= MAX_SEND_TRIES) {
        const tooLate = `${durationInWords(due, now)} late, more than the ${durationInWords(0, this.o.graceMs)} allowed`;
        const reason = !posted
          ? `Not sent: the bot was not running when it fell due, and it was ${tooLate}.`
          : posted >= MAX_SEND_TRIES
            ? `Possibly sent: the bot stopped ${posted === 1 ? 'once' : `${posted} times`} while posting this reminder, so it was not posted again (it may already be in the conversation).`
            : `Possibly sent: the bot stopped while posting this reminder and was back ${tooLate}, so it was not posted again.`;
        const next = advance({ ...s, sending: undefined, missed: pushCapped(s.missed, { ...occurrence, at: now, reason }) }, due, now);
        await store.put(next);
        this.counts.missed++;
        this.log.warn({ id, due: new Date(due).toISOString(), lateMs: late, tries: stale?.tries }, posted ? 'reminder possibly sent before a crash; not posted again' : 'reminder missed (beyond grace)');
        await complete();
        this.track(next);
        return;
      }
      // The trade-off when a process dies between posting and recording: a duplicate
      // reminder is better than a lost one (the reminder exists so that the board does not
      // miss its meeting; a second card costs a glance). So a post that may have reached
      // Teams means: post again, once, saying on the card that it may repeat one posted
      // before; never a third time. A process that died after refusals only posted nothing.
      if (posted) {
        occurrence.resentAfter = stale!.at;
        this.counts.resent++;
        this.log.warn({ id, due: new Date(due).toISOString(), previous: stale!.by }, 'reminder may have been posted before a crash; posting once more, labelled');
      }
      const mark: SendingMark = { due, by: this.instanceId, at: posted ? stale!.at : now, tries: posted + 1, posting: true };
      await store.put({ ...s, sending: mark, updatedAt: now });
      // The mark says whether a post may be on its way: false once an attempt was refused
      // outright (nothing posted), true again before the next attempt.
      const setPosting = async (posting: boolean) => {
        if (mark.posting === posting) return;
        mark.posting = posting;
        const cur = await store.get(id);
        if (cur?.sending?.due === due && cur.sending.by === this.instanceId) await store.put({ ...cur, sending: { ...mark } });
      };
      const ref = (await this.o.resolveRef?.(s.conversationId)) ?? s.ref;
      const activity = await this.o.render(s, occurrence, now);
      const attemptTimeoutMs = this.o.sender?.attemptTimeoutMs ?? 300_000;
      const result = await deliver(ref, activity, {
        send: this.o.send,
        now: () => clock.now(),
        sleep: this.sleep,
        timers: clock,
        logger: this.log,
        deadline: due + this.o.graceMs,
        aborted: () => this.stopping,
        // the claim must outlast each attempt and each wait, and no more: if this process dies,
        // another instance takes over once the current attempt or wait is over
        onAttempt: async () => {
          await claims.renew(key, this.instanceId, attemptTimeoutMs + this.o.leaseMs).catch(() => false);
          await setPosting(true);
        },
        onRefused: () => setPosting(false),
        onWait: async (ms) => {
          await claims.renew(key, this.instanceId, ms + this.o.leaseMs).catch(() => false);
        },
        ...this.o.sender,
      });
      const at = clock.now();
      const fresh = (await store.get(id)) ?? undefined;
      if (!result.ok && !result.stop && this.stopping) {
        // Shutting down mid-retry: leave it due; the next start (or another instance) sends it.
        // Nothing can have been posted if every attempt was refused: then drop the mark.
        if (fresh && !result.maybePosted && fresh.sending?.by === this.instanceId) await store.put({ ...fresh, sending: undefined });
        return;
      }
      if (result.ok) {
        this.counts.sent++;
        this.log.info({ id, conversation: s.conversationId, due: new Date(due).toISOString(), attempts: result.attempts }, 'reminder sent');
      }
      if (!result.ok && result.stop) {
        await this.stopConversation(s.conversationId, result.reason, at);
        await complete();
        return;
      }
      if (!fresh) {
        await complete();
        return;
      }
      let next: Schedule = { ...fresh, sending: undefined, updatedAt: at };
      if (result.ok) next = { ...next, lastSent: { due: occurrence.due, meeting: occurrence.meeting, at }, sentCount: (next.sentCount ?? 0) + 1 };
      else {
        this.counts.failed++;
        this.log.error({ id, conversation: s.conversationId, due: new Date(due).toISOString(), status: result.status, attempts: result.attempts, reason: result.reason }, 'reminder not delivered');
        next = { ...next, failed: pushCapped(next.failed, { due: occurrence.due, meeting: occurrence.meeting, at, reason: result.reason }) };
      }
      if (next.nextDue === due) next = advance(next, due, at);
      await store.put(next);
      await complete();
      this.track(next);
    } finally {
      if (!done) await claims.release(key, this.instanceId).catch(() => undefined);
    }
  }

  private keepMs(): number {
    return this.o.graceMs + this.o.leaseMs + 86_400_000;
  }

  /** 403/404: every schedule of the conversation stops, with the reason recorded. */
  private async stopConversation(conversationId: string, reason: string, at: number): Promise<void> {
    const all = await this.o.store.listConversation(conversationId);
    for (const s of all) {
      if (s.status === 'stopped' || s.status === 'finished') continue;
      const stopped: Schedule = { ...s, status: 'stopped', stoppedReason: reason, sending: undefined, updatedAt: at };
      await this.o.store.put(stopped);
      this.due.delete(s.id);
      this.counts.stopped++;
    }
    this.log.warn({ conversation: conversationId, reason }, 'reminders stopped for conversation');
    await this.o.onConversationStopped?.(conversationId, reason);
  }
}

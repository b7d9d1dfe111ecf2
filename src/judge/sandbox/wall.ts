/**
 * A request's wall time, without the judge's own pauses.
 *
 * A host stamps a reply when its event loop reads it. While that loop is busy (collecting the garbage
 * of a large case, running an author's generator, judging another sandbox's answer), a reply that came
 * in time waits unread, and the wall clock would charge the wait to the solution: `kata validate`
 * once gave a reference TLE after a 4-second pause of its own. So while any request waits, a meter
 * ticks; a gap between ticks well past the tick is the judge's pause, and a request's wall time leaves
 * out the pauses it overlapped. The solution cannot pause the judge's loop, so it gains nothing it could
 * use; its CPU time is read from the kernel and never depends on this.
 */

const TICK_MS = 10;
/** A gap this far past the tick is a pause; timers on an idle loop run late by a few ms at most. */
const PAUSE_AFTER_MS = 25;

let waiting = 0;
let ticker: NodeJS.Timeout | null = null;
let lastTick = 0;
let pausedMs = 0;

/** The judge's pauses so far, in ms, counting one still going on (the meter has not ticked since it began). */
function pausedSoFar(now: number): number {
  if (ticker === null) return pausedMs;
  const gap = now - lastTick - TICK_MS;
  return pausedMs + (gap > PAUSE_AFTER_MS ? gap : 0);
}

function tick(): void {
  const now = performance.now();
  pausedMs = pausedSoFar(now);
  lastTick = now;
}

function startMeter(): void {
  if (waiting++ > 0) return;
  lastTick = performance.now();
  ticker = setInterval(tick, TICK_MS);
  ticker.unref();
}

function stopMeter(): void {
  if (--waiting > 0 || ticker === null) return;
  tick();
  clearInterval(ticker);
  ticker = null;
}

/** The wall clock of one request, from when it was sent. */
export class WallClock {
  private readonly startedAt = performance.now();
  private readonly pausedAtStart: number;
  private running = true;

  constructor() {
    startMeter();
    this.pausedAtStart = pausedSoFar(this.startedAt);
  }

  /** Milliseconds since the request was sent: what any time the solution claims must fit in. */
  elapsedMs(now = performance.now()): number {
    return now - this.startedAt;
  }

  /** Milliseconds since the request was sent, less the judge's pauses meanwhile: what the wall limit is on. */
  waitedMs(now = performance.now()): number {
    return now - this.startedAt - (pausedSoFar(now) - this.pausedAtStart);
  }

  /** Ends the metering for this request (idempotent); call it once the request is settled. */
  stop(): void {
    if (!this.running) return;
    this.running = false;
    stopMeter();
  }
}

/**
 * Calls `expire` once the request has waited `limitMs` of the judge's attention. Past a pause, the
 * deadline moves on rather than firing at once: the reply may be waiting unread. The check is deferred
 * past one round of I/O, so that a reply which came in time is read before the request may expire.
 * Returns the cancel.
 */
export function watchdog(clock: WallClock, limitMs: number, expire: () => void): () => void {
  let timer: NodeJS.Timeout | null = null;
  let cancelled = false;
  const arm = (delayMs: number) => {
    timer = setTimeout(() => setImmediate(check), Math.max(1, delayMs));
  };
  const check = () => {
    if (cancelled) return;
    const left = limitMs - clock.waitedMs();
    if (left > 0) arm(left);
    else expire();
  };
  arm(limitMs);
  return () => {
    cancelled = true;
    if (timer) clearTimeout(timer);
  };
}

import { describe, expect, it } from 'vitest';
import { WallClock, watchdog } from '../../../../src/judge/sandbox/wall.ts';

/** Holds the event loop, as a long garbage collection or an author's generator does. */
function block(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('a request\'s wall clock', () => {
  it('counts time the judge was free to read a reply', async () => {
    const clock = new WallClock();
    await new Promise((resolve) => setTimeout(resolve, 120));
    const elapsed = clock.waitedMs();
    clock.stop();
    expect(elapsed).toBeGreaterThanOrEqual(110);
  });

  it('leaves out a pause of the judge\'s own, also one still going on when it is read', async () => {
    const clock = new WallClock();
    await tick();
    block(400);
    const during = clock.waitedMs();
    await tick();
    const after = clock.waitedMs();
    clock.stop();
    expect(during).toBeLessThan(150);
    expect(after).toBeLessThan(150);
    // The pause is still in the plain elapsed time, which bounds what a solution may claim it took.
    expect(clock.elapsedMs()).toBeGreaterThanOrEqual(400);
  });

  it('is frozen for a request that ended; a later pause does not move another request\'s start', async () => {
    const first = new WallClock();
    first.stop();
    block(200);
    const second = new WallClock();
    await tick();
    expect(second.waitedMs()).toBeLessThan(100);
    second.stop();
  });
});

describe('the watchdog', () => {
  it('expires after the limit of the judge\'s attention', async () => {
    const clock = new WallClock();
    const started = performance.now();
    const expiredAt = await new Promise<number>((resolve) => watchdog(clock, 100, () => resolve(performance.now())));
    clock.stop();
    expect(expiredAt - started).toBeGreaterThanOrEqual(95);
  });

  it('moves its deadline past a pause of the judge rather than firing at once after it', async () => {
    const clock = new WallClock();
    let expired = false;
    const cancel = watchdog(clock, 150, () => (expired = true));
    await tick();
    block(400);
    // The pause is over and the deadline, measured in the judge's attention, is not yet reached.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(expired).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(expired).toBe(true);
    cancel();
    clock.stop();
  });

  it('does not fire once cancelled', async () => {
    const clock = new WallClock();
    let expired = false;
    const cancel = watchdog(clock, 30, () => (expired = true));
    cancel();
    await new Promise((resolve) => setTimeout(resolve, 80));
    clock.stop();
    expect(expired).toBe(false);
  });
});

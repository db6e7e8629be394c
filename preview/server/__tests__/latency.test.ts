/** @jest-environment node */
import { ORG_MODEL, createInFlightLimiter, createNetworkDelay, responseDelayMs } from '../latency';

/** A task that runs until `finish()` is called; records that it started. */
function gate(started: string[], name: string) {
  let finish!: (value: string) => void;
  const done = new Promise<string>((resolve) => (finish = resolve));
  return {
    task: () => {
      started.push(name);
      return done;
    },
    finish: () => finish(name)
  };
}

describe('responseDelayMs', () => {
  it('is the latency plus the bytes at the bandwidth (1 KB = 1,000 bytes)', () => {
    expect(responseDelayMs(ORG_MODEL, 0)).toBe(800);
    expect(responseDelayMs(ORG_MODEL, 1_000_000)).toBe(1800);
    expect(responseDelayMs({ latencyMs: 100, bandwidthKBps: 50, maxInFlight: 1 }, 5000)).toBe(200);
  });

  it('adds no transfer time without a bandwidth limit', () => {
    expect(responseDelayMs({ latencyMs: 30, bandwidthKBps: Infinity, maxInFlight: 6 }, 1e9)).toBe(
      30
    );
  });
});

describe('createInFlightLimiter', () => {
  it('runs at most max tasks at once and starts the rest in arrival order', async () => {
    const limiter = createInFlightLimiter(2);
    const started: string[] = [];
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((name) => gate(started, name));
    const results = [a, b, c, d].map((g) => limiter.run(g.task));
    await Promise.resolve();
    expect(started).toEqual(['a', 'b']);
    expect([limiter.inFlight, limiter.queued]).toEqual([2, 2]);
    b.finish();
    await results[1];
    await Promise.resolve();
    expect(started).toEqual(['a', 'b', 'c']);
    expect([limiter.inFlight, limiter.queued]).toEqual([2, 1]);
    a.finish();
    c.finish();
    d.finish();
    await expect(Promise.all(results)).resolves.toEqual(['a', 'b', 'c', 'd']);
    expect([limiter.inFlight, limiter.queued]).toEqual([0, 0]);
  });

  it('frees the slot of a task that fails and passes the failure on', async () => {
    const limiter = createInFlightLimiter(1);
    const failed = limiter.run(() => Promise.reject(new Error('org down')));
    const next = limiter.run(() => Promise.resolve('next'));
    await expect(failed).rejects.toThrow('org down');
    await expect(next).resolves.toBe('next');
    expect(limiter.inFlight).toBe(0);
  });

  it.each([0, -1, 1.5, NaN])('rejects %p slots', (max) => {
    expect(() => createInFlightLimiter(max)).toThrow(RangeError);
  });
});

describe('createNetworkDelay', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('answers after the delay of the bytes the work returned, not before', async () => {
    const delay = createNetworkDelay(ORG_MODEL);
    let answered = false;
    const response = delay
      .respond(async () => ({ bytes: 500_000, value: 'page' }))
      .then((value) => {
        answered = true;
        return value;
      });
    await jest.advanceTimersByTimeAsync(1299);
    expect(answered).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    await expect(response).resolves.toBe('page');
  });

  it("counts the emulator's own time towards the fixed time, never shortening the transfer", async () => {
    let clock = 0;
    const waited: number[] = [];
    const delay = createNetworkDelay(
      ORG_MODEL,
      async (ms) => {
        waited.push(ms);
      },
      () => clock
    );
    const slowWork = (ms: number, bytes: number) => async () => {
      clock += ms;
      return { bytes, value: ms };
    };
    await delay.respond(slowWork(300, 500_000));
    await delay.respond(slowWork(2000, 0));
    // 800 + 500 ms in all, 300 of them spent answering; a 2-second answer waits no longer.
    expect(waited).toEqual([1000]);
  });

  it('queues a request beyond the in-flight limit until an earlier one is answered', async () => {
    const delay = createNetworkDelay({ ...ORG_MODEL, maxInFlight: 1 });
    const worked: string[] = [];
    const work = (name: string) => async () => {
      worked.push(name);
      return { bytes: 0, value: name };
    };
    const first = delay.respond(work('first'));
    const second = delay.respond(work('second'));
    await jest.advanceTimersByTimeAsync(799);
    expect(worked).toEqual(['first']);
    await jest.advanceTimersByTimeAsync(1);
    await expect(first).resolves.toBe('first');
    expect(worked).toEqual(['first', 'second']);
    await jest.advanceTimersByTimeAsync(800);
    await expect(second).resolves.toBe('second');
  });

  it('overlaps the delays of requests within the limit', async () => {
    const delay = createNetworkDelay(ORG_MODEL);
    const answers = Promise.all(
      [1, 2, 3, 4, 5, 6].map((n) => delay.respond(async () => ({ bytes: 0, value: n })))
    );
    await jest.advanceTimersByTimeAsync(800);
    await expect(answers).resolves.toEqual([1, 2, 3, 4, 5, 6]);
  });
});

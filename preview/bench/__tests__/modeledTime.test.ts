/** @jest-environment node */
import { modeledLoadMs } from '../modeledTime';

const model = { latencyMs: 800, bandwidthKBps: 1000, maxInFlight: 2 };

describe('modeledLoadMs', () => {
  it('adds up one chain: latency plus bytes at the bandwidth per request', () => {
    expect(modeledLoadMs(model, { only: { bytes: [1_000_000, 0] } })).toBe(1800 + 800);
    expect(modeledLoadMs(model, {})).toBe(0);
  });

  it('runs chains side by side up to the slots, and queues the rest in arrival order', () => {
    const chains = { a: { bytes: [0] }, b: { bytes: [0] }, c: { bytes: [0] } };
    expect(modeledLoadMs(model, chains)).toBe(1600);
    expect(modeledLoadMs({ ...model, maxInFlight: 3 }, chains)).toBe(800);
    expect(modeledLoadMs({ ...model, maxInFlight: 1 }, chains)).toBe(2400);
  });

  it('starts a dependent chain after the last answer of the one it waits for', () => {
    const chains = {
      counts: { bytes: [0] },
      base: { bytes: [0, 0, 0] },
      range: { bytes: [0], after: 'counts' },
      empty: { bytes: [], after: 'counts' },
      late: { bytes: [200_000], after: 'empty' }
    };
    // counts and base at 0; at 800 range and late (empty is done at once) join the queue before
    // base's second page; base's third page ends the load.
    expect(modeledLoadMs({ ...model, maxInFlight: 6 }, chains)).toBe(2400);
    // Two slots: range and late at 800, base's second page at 1600 (when range ends), third at 2400.
    expect(modeledLoadMs(model, chains)).toBe(3200);
  });

  it('refuses a chain that waits for an unknown one', () => {
    expect(() => modeledLoadMs(model, { a: { bytes: [0], after: 'b' } })).toThrow(RangeError);
  });
});

/** @jest-environment node */
import { createLedger, quantile, recordError, timed } from '../ledger';

describe('ledger', () => {
  it('counts errors on their tally and keeps the first 5 messages', () => {
    const ledger = createLedger();
    for (let i = 1; i <= 7; i++) recordError(ledger, ledger.publishes, [`error ${i}`, 'detail']);
    expect(ledger.publishes.errors).toBe(7);
    expect(ledger.submissions.errors).toBe(0);
    expect(ledger.errorSamples).toEqual([1, 2, 3, 4, 5].map((i) => `error ${i} | detail`));
  });

  it('records the latency of a write whether it resolves or throws', async () => {
    const ledger = createLedger();
    await expect(timed(ledger, async () => 'ok')).resolves.toBe('ok');
    await expect(
      timed(ledger, async () => {
        throw new Error('down');
      })
    ).rejects.toThrow('down');
    expect(ledger.latencies).toHaveLength(2);
    expect(ledger.latencies.every((ms) => ms >= 0)).toBe(true);
  });

  it('gives nearest-rank quantiles, 0 for no values', () => {
    const values = [50, 10, 40, 20, 30];
    expect(quantile(values, 0.5)).toBe(30);
    expect(quantile(values, 0.95)).toBe(50);
    expect(quantile(values, 1)).toBe(50);
    expect(quantile(values, 0)).toBe(10);
    expect(quantile([], 0.5)).toBe(0);
  });
});

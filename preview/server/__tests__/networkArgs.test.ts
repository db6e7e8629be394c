/** @jest-environment node */
import { parseArgs } from '../args';
import { benchNetworks, describeNetwork, networkModelOf } from '../networkArgs';

describe('network options', () => {
  it('asks for no delay when no network option is given', () => {
    expect(networkModelOf({})).toBeNull();
    expect(parseArgs([]).network).toBeUndefined();
  });

  it('reads --model org as 800 ms, 1,000 KB/s, 6 in flight, each field overridable', () => {
    expect(networkModelOf({ model: 'org' })).toEqual({
      latencyMs: 800,
      bandwidthKBps: 1000,
      maxInFlight: 6
    });
    expect(parseArgs(['--model', 'org', '--max-in-flight=1', '--latency', '300']).network).toEqual({
      latencyMs: 300,
      bandwidthKBps: 1000,
      maxInFlight: 1
    });
  });

  it('reads --latency alone as a delay without a bandwidth limit, 6 in flight', () => {
    expect(parseArgs(['--latency', '250']).network).toEqual({
      latencyMs: 250,
      bandwidthKBps: Infinity,
      maxInFlight: 6
    });
  });

  it.each([
    [{ model: 'lan' }, /--model takes "org"/],
    [{ latency: '-5' }, /--latency needs a number of 0 or more/],
    [{ latency: '' }, /--latency/],
    [{ bandwidth: '0' }, /--bandwidth needs a number of 1 or more/],
    [{ 'max-in-flight': '0' }, /--max-in-flight needs a whole number of 1 or more/],
    [{ 'max-in-flight': '2.5' }, /--max-in-flight/]
  ])('rejects %j', (values, message) => {
    expect(() => networkModelOf(values)).toThrow(message);
  });

  it('rejects a network option without its value on the command line', () => {
    expect(() => parseArgs(['--latency'])).toThrow(/--latency needs a value/);
  });

  it('runs a benchmark at zero latency, then under the model with 1 and with 6 in flight', () => {
    expect(benchNetworks({})).toEqual([null]);
    expect(benchNetworks({ model: 'org' }).map(describeNetwork)).toEqual([
      'zero latency',
      '800 ms + 1000 KB/s, 1 in flight',
      '800 ms + 1000 KB/s, 6 in flight'
    ]);
    expect(benchNetworks({ model: 'org', 'max-in-flight': '3' }).map(describeNetwork)).toEqual([
      'zero latency',
      '800 ms + 1000 KB/s, 3 in flight'
    ]);
  });
});

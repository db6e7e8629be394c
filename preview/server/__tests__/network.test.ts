/** @jest-environment node */
// The preview server under a network model: /graphql requests beyond the in-flight limit wait for
// a slot before the org even sees them; without a model they are answered side by side.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPreviewServer } from '../app';
import type { PreviewServer } from '../app';
import { createStandInEmulator } from './support/standInEmulator';

const QUERY = 'query Samples { uiapi { query { Account(first: 5) { edges { node { Id } } } } } }';

describe('preview server network model', () => {
  let dir: string;
  let server: PreviewServer;
  let started: number;
  let release: () => void;
  let running: Promise<void>;
  let seen: () => void;
  let nextSeen: Promise<void>;
  let arrived: () => void;
  let nextArrival: Promise<void>;

  const expectStart = () => {
    nextSeen = new Promise((resolve) => (seen = resolve));
  };
  const expectArrival = () => {
    nextArrival = new Promise((resolve) => (arrived = resolve));
  };
  const post = () =>
    fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY })
    }).then((response) => response.json());

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'preview-network-'));
    const emulator = createStandInEmulator();
    const execute = emulator.execute.bind(emulator);
    started = 0;
    running = new Promise((resolve) => (release = resolve));
    expectStart();
    expectArrival();
    // The server reads the user list right before it hands a parsed /graphql request on.
    const users = emulator.users.bind(emulator);
    emulator.users = () => {
      arrived();
      return users();
    };
    // Every request the org sees is held until the test releases them all.
    emulator.execute = async (...args: Parameters<typeof execute>) => {
      started++;
      seen();
      await running;
      return execute(...args);
    };
    server = await startPreviewServer({
      emulator,
      appDir: dir,
      bundleDir: dir,
      assetsDir: dir,
      network: { latencyMs: 0, bandwidthKBps: Infinity, maxInFlight: 1 }
    });
  });

  afterEach(async () => {
    release();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('queues a request beyond the in-flight limit until the one before is answered', async () => {
    const first = post();
    await nextSeen;
    expectStart();
    expectArrival();
    const second = post();
    // Past this point an unlimited server would already have handed it to the org.
    await nextArrival;
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toBe(1);
    release();
    await first;
    await nextSeen;
    expect(started).toBe(2);
    expect((await second).data.uiapi.query.Account.edges.length).toBeGreaterThan(0);
  });

  it('answers side by side once the model is switched off', async () => {
    server.setNetwork(null);
    const first = post();
    await nextSeen;
    expectStart();
    const second = post();
    await nextSeen;
    expect(started).toBe(2);
    release();
    await Promise.all([first, second]);
    // Both answers are on the timeline, taken once.
    const timeline = server.takeTimeline();
    expect(timeline.map((entry) => entry.operation)).toEqual(['Samples', 'Samples']);
    for (const entry of timeline) {
      expect(entry.answeredAt).toBeGreaterThanOrEqual(entry.startedAt);
      expect(entry.bytes).toBeGreaterThan(0);
      expect(entry.cursors).toEqual([]);
    }
    expect(server.takeTimeline()).toEqual([]);
  });
});

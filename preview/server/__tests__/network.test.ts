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

  const expectStart = () => {
    nextSeen = new Promise((resolve) => (seen = resolve));
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
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('queues a request beyond the in-flight limit until the one before is answered', async () => {
    const first = post();
    await nextSeen;
    expectStart();
    const second = post();
    // The second request reaches the server (a round trip through another endpoint proves it).
    await fetch(`${server.url}/api/session`);
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
  });
});

// Browser-test harness: starts the preview (bundle + server + in-memory org on a fresh temp data
// file) on a free port, opens pages in Chromium, collects console and page errors, switches
// preview users, and stops everything. Every screen's browser tests reuse it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { startPreview } from '../server/start';
import type { StartedPreview } from '../server/start';
import { launchChromium } from './chromium';

export interface HarnessOptions {
  gaps?: number;
  submissions?: number;
  /** Forward the server's log lines (GraphQL requests) to stdout. */
  verbose?: boolean;
  /** false runs the components outside the LWS sandbox (`--no-lws`); default as `npm start`. */
  lws?: boolean;
}

export interface PreviewHarness {
  baseUrl: string;
  preview: StartedPreview;
  /** Opens a preview path in a new tab and waits until the app rendered its page. */
  open(path: string): Promise<Page>;
  /** Waits for the app to render after a navigation or reload of `page`. */
  ready(page: Page): Promise<void>;
  /** Console errors and uncaught page errors seen in `page` so far. */
  errors(page: Page): string[];
  /** Switches the preview user through the header's select (the page reloads). */
  switchUser(page: Page, permissionSet: string): Promise<void>;
  /** The server's current session, as the app reads it. */
  session(): Promise<{ user: { id: string; permissionSet: string }; lws: boolean }>;
  stop(): Promise<void>;
}

/** Starts the preview on a free port with a small, freshly reset data set, and Chromium. */
export async function startHarness(options: HarnessOptions = {}): Promise<PreviewHarness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'preview-org-'));
  const emulatorOptions = {
    file: join(dataDir, 'org.json'),
    reset: true,
    gaps: options.gaps ?? 12,
    submissions: options.submissions ?? 40,
    seed: 1
  };
  const preview = await startPreview({
    port: 0,
    emulatorOptions,
    lws: options.lws,
    log: options.verbose ? (line) => console.log(`[preview] ${line}`) : undefined
  });
  const browser = await launchChromium().catch(async (error: unknown) => {
    await preview.server.close();
    throw error;
  });
  const context: BrowserContext = browser.context;
  const pageErrors = new WeakMap<Page, string[]>();
  const baseUrl = preview.server.url;

  const ready = async (page: Page) => {
    // The page's own heading (a screen inside may carry its own h1 after it).
    await page.locator('main h1').first().waitFor();
    await page.waitForLoadState('networkidle');
  };

  return {
    baseUrl,
    preview,
    ready,
    async open(path: string) {
      const page = await context.newPage();
      const errors: string[] = [];
      pageErrors.set(page, errors);
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
      await page.goto(baseUrl + path);
      await ready(page);
      return page;
    },
    errors: (page: Page) => [...(pageErrors.get(page) ?? [])],
    async switchUser(page: Page, permissionSet: string) {
      const select = page.getByLabel('Preview user', { exact: true });
      const option = select.locator('option', { hasText: `(${permissionSet})` });
      const value = await option.getAttribute('value');
      if (!value) throw new Error(`No preview user holds ${permissionSet}`);
      await Promise.all([page.waitForEvent('load'), select.selectOption(value)]);
      await ready(page);
    },
    async session() {
      const response = await fetch(`${baseUrl}/api/session`);
      return (await response.json()) as {
        user: { id: string; permissionSet: string };
        lws: boolean;
      };
    },
    async stop() {
      await browser.close();
      await preview.server.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
}

// Loaded first by index.html: learns the current preview user from the server, so that
// `@salesforce/user/Id` and `@salesforce/customPermission/*` are right when the app's modules load.
import type { PreviewSession } from '../platform/session';

// A variable, so that rollup leaves this import to the browser instead of bundling app.js in here.
const APP_ENTRY = '/app.js';

async function boot(): Promise<void> {
  const root = document.getElementById('root');
  try {
    const response = await fetch('/api/session');
    if (!response.ok) throw new Error(`GET /api/session answered HTTP ${response.status}`);
    window.__PREVIEW_SESSION__ = (await response.json()) as PreviewSession;
    await import(/* @vite-ignore */ APP_ENTRY);
  } catch (error) {
    if (root) root.textContent = `The preview could not start: ${(error as Error).message}`;
    throw error;
  }
}

void boot();

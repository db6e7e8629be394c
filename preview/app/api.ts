// The preview server's own endpoints (not Salesforce APIs): session and org controls.
import type { PreviewSession } from '../platform/session';

/** State of the in-memory org as `GET /api/org` reports it. */
export interface OrgState {
  counts: Record<string, number>;
  hiddenAccountIds: string[];
  failNthWrite: number | null;
}

async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  const payload = (await response.json().catch(() => ({}))) as { error?: string };
  if (!response.ok)
    throw new Error(payload.error ?? `${method} ${path} failed: HTTP ${response.status}`);
  return payload as T;
}

/** Makes another preview user current; the page must reload for imports to follow. */
export const switchUser = (userId: string) =>
  call<PreviewSession>('POST', '/api/session', { userId });
/** Record counts and org control settings. */
export const fetchOrgState = () => call<OrgState>('GET', '/api/org');
/** Hides exactly these accounts (and what hangs off them) from the preview users. */
export const hideAccounts = (accountIds: string[]) =>
  call<OrgState>('POST', '/api/org/hide-accounts', { accountIds });
/** The n-th write from now fails (null clears). */
export const failNthWrite = (n: number | null) =>
  call<OrgState>('POST', '/api/org/fail-nth-write', { n });
/** Restores the sample data set. */
export const resetOrg = () => call<OrgState>('POST', '/api/org/reset', {});

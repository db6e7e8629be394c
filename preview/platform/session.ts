import type { PreviewUser } from '../emulator/index';

/** What the bootstrap script learns from `GET /api/session` before the app starts. */
export interface PreviewSession {
  user: PreviewUser;
  users: PreviewUser[];
  /** false when the preview runs the package's components without the Lightning Web Security sandbox (`--no-lws`) */
  lws?: boolean;
}

/** Header that tells the preview server which preview user sent a GraphQL request. */
export const PREVIEW_USER_HEADER = 'x-preview-user';

declare global {
  interface Window {
    __PREVIEW_SESSION__?: PreviewSession;
  }
}

/** The session the bootstrap stored; throws when the app was started without one. */
export function currentSession(): PreviewSession {
  const session = globalThis.window?.__PREVIEW_SESSION__;
  if (!session) {
    throw new Error(
      'No preview session: load the app through bootstrap.js, which reads /api/session'
    );
  }
  return session;
}

/** True when the current preview user holds the named custom permission. */
export function hasCustomPermission(name: string): boolean {
  return currentSession().user.customPermissions.includes(name);
}

/** The defaults of a preview user's internationalization settings (those of an en-US org). */
export const DEFAULT_I18N: Readonly<Record<string, string>> = Object.freeze({
  locale: 'en-US',
  currency: 'USD',
  timeZone: 'America/Los_Angeles'
});

/**
 * The running user's `@salesforce/i18n/<name>` value. The org reads it from the user's settings;
 * the preview from the page address (`?locale=de-DE&currency=EUR&timeZone=Europe/Berlin`), so a
 * screen can be tried in another locale, and otherwise from DEFAULT_I18N.
 */
export function i18nSetting(name: string): string | undefined {
  const fromAddress = globalThis.location
    ? new URLSearchParams(globalThis.location.search).get(name)
    : null;
  return fromAddress || DEFAULT_I18N[name];
}

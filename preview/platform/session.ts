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

/** Public interface of the in-memory org that answers the package's UI API GraphQL requests. */
import type { SentNotification } from './flow/notifications';
import type { AsyncPathFailure } from './flow/runtime';

import type { GraphQLRequest, GraphQLResponse } from '../../tools/shared/graphql';

export type { SentNotification, AsyncPathFailure, GraphQLRequest, GraphQLResponse };
export interface PreviewUser {
  id: string;
  name: string;
  permissionSet: string;
  customPermissions: string[];
  /** an API-only integration user (the GitHub sync): REST calls only, never a preview session */
  apiOnly?: boolean;
}
export interface EmulatorOptions {
  file?: string;
  reset?: boolean;
  gaps?: number;
  submissions?: number;
  seed?: number;
  /** Package folders whose flows/ and notificationtypes/ the org runs (default: force-app/main/default). */
  metadataDirs?: string[];
}
export interface Emulator {
  execute(request: GraphQLRequest, userId: string): Promise<GraphQLResponse>;
  /** One user per permission set, ids from the sample data User records. */
  users(): PreviewUser[];
  /**
   * The admin-like integration user an API client acts as (the REST GraphQL endpoint with the
   * `preview` token): sees and may write every object and field, like a System Administrator.
   */
  integrationUser?(): PreviewUser;
  /** The n-th write operation from now fails; null clears. */
  failNthWrite(n: number | null): void;
  hideAccounts(accountIds: string[]): void;
  hiddenAccountIds(): string[];
  reset(options?: EmulatorOptions): Promise<void>;
  /**
   * Merges records as the platform does (an Account merge): children of the losers move to the
   * survivor without flows or validation rules, the losers are deleted; returns the children moved.
   * The in-memory org has it; a stand-in org may leave it out.
   */
  mergeRecords?(object: string, survivorId: string, loserIds: string[]): number;
  /** Records per object. */
  counts(): Record<string, number>;
  /** Custom notifications the flows would have sent since the last reset, in order. */
  notifications(): SentNotification[];
  /** Asynchronous flow paths that failed since the last reset (their own work rolled back). */
  asyncFailures(): AsyncPathFailure[];
}

export { createEmulator } from './emulator';

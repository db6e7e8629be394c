// What a request executes with: the store, the user's schema view and sharing, and the errors
// raised by the org's limits.
import { GraphQLError } from 'graphql';
import type { FieldDescribe, ObjectDescribe } from '../../tools/shared/schema/describe';
import type { SchemaView } from '../../tools/shared/schema/buildSchema';
import type { OrgStore, SObject } from './store';

export interface RequestContext {
  store: OrgStore;
  view: SchemaView;
  userId: string;
  /** Account Ids private to the user (sharing). */
  hiddenAccounts: Set<string>;
  /** Today as YYYY-MM-DD (UTC). */
  today: string;
  now: string;
  /** Compiled filters and sorters of this request, per AST node. */
  cache: Map<unknown, unknown>;
}

/** An error shaped as the UI API shapes it (message + extensions.ErrorType / errorCode). */
export function apiError(
  message: string,
  errorType: string,
  extra: Record<string, unknown> = {}
): GraphQLError {
  return new GraphQLError(message, { extensions: { ErrorType: errorType, ...extra } });
}

/** Whether the user can see the record under the org's sharing (hidden accounts and their opportunities). */
export function isVisible(ctx: RequestContext, object: string, rec: SObject): boolean {
  if (ctx.hiddenAccounts.size === 0) return true;
  if (object === 'Account') return !ctx.hiddenAccounts.has(rec.Id);
  if (object === 'Opportunity') return !ctx.hiddenAccounts.has(String(rec.AccountId));
  return true;
}

const relationships = new WeakMap<ObjectDescribe, Map<string, FieldDescribe>>();

/** The lookup field behind a parent relationship name (Account__r -> Account__c), if any. */
export function relationshipField(o: ObjectDescribe, name: string): FieldDescribe | undefined {
  let map = relationships.get(o);
  if (!map) {
    map = new Map(
      Object.values(o.fields)
        .filter((f) => f.relationshipName)
        .map((f) => [f.relationshipName!, f])
    );
    relationships.set(o, map);
  }
  return map.get(name);
}

/** The parent record a lookup points to, if it exists and the user may see it. */
export function visibleParent(
  ctx: RequestContext,
  o: ObjectDescribe,
  rec: SObject,
  field: string
): SObject | null {
  const f = o.fields[field];
  const id = rec[field];
  if (!f?.referenceTo || typeof id !== 'string') return null;
  const parent = ctx.store.table(f.referenceTo).get(id);
  return parent && isVisible(ctx, f.referenceTo, parent) ? parent : null;
}

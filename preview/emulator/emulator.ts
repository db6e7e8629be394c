// The in-memory org behind the preview: executes the package's GraphQL queries and mutations with
// graphql-js over the schema generated from the package metadata, as each preview user sees it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  execute as executeGraphQL,
  GraphQLError,
  Kind,
  parse,
  validate,
  type DocumentNode,
  type GraphQLFieldResolver,
  type OperationDefinitionNode,
  type SelectionSetNode
} from 'graphql';
import {
  buildUiApiSchema,
  type SchemaView,
  type UiApiSchema
} from '../../tools/shared/schema/buildSchema';
import type { OrgDescribe } from '../../tools/shared/schema/describe';
import {
  documentRuleProblems,
  packageApiVersion,
  referencesInVariables
} from '../../tools/shared/schema/documentRules';
import {
  DEFAULT_SOURCE_DIR,
  loadOrgDescribe,
  loadValidationRules
} from '../../tools/shared/schema/loadMetadata';
import {
  loadPermissionSets,
  type PermissionSetAccess
} from '../../tools/shared/schema/permissions';
import { aggregateConnection } from './aggregate';
import { apiError, type RequestContext } from './context';
import type { SentNotification } from './flow/notifications';
import { FlowRuntime, loadFlows, type AsyncPathFailure, type AsyncPathRun } from './flow/runtime';
import type {
  Emulator,
  EmulatorOptions,
  GraphQLRequest,
  GraphQLResponse,
  PreviewUser
} from './index';
import { connection, RECORD, resolveRecordField, type RecordNode } from './query';
import { compileRules, type CompiledRule } from './rules';
import { mergeWithoutAutomation } from './merge';
import { PREVIEW_USER_ROLES, seedState } from './seed';
import { OrgStore, type OrgState } from './store';
import {
  createRecord,
  deleteRecord,
  runAsyncPaths,
  updateRecord,
  writeError,
  type WriteContext
} from './writes';

/** Where the org is kept between runs unless options.file says otherwise. */
export const DEFAULT_STATE_FILE = resolve(__dirname, '../../.data/preview-org.json');
/** permissionSet of the integration user: the admin schema, no permission set applied. */
export const INTEGRATION_ACCESS = 'System Administrator';
/** The sample User record the integration user is (no preview role uses it). */
const INTEGRATION_USER_INDEX = 3;
/** The API's limit on record queries (top-level object fields) in one request. */
export const MAX_SUBQUERIES = 10;

interface PersistedState extends OrgState {
  users: PreviewUser[];
  hiddenAccounts: string[];
}

/** Counts the object queries (subqueries) under uiapi.query and uiapi.aggregate. */
export function countSubqueries(doc: DocumentNode, op: OperationDefinitionNode): number {
  const fragments = new Map(
    doc.definitions
      .filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [(d as any).name.value, d as any])
  );
  const fieldsOf = (
    set: SelectionSetNode | undefined
  ): { name: string; set?: SelectionSetNode }[] => {
    const out: { name: string; set?: SelectionSetNode }[] = [];
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) out.push({ name: s.name.value, set: s.selectionSet });
      else if (s.kind === Kind.INLINE_FRAGMENT) out.push(...fieldsOf(s.selectionSet));
      else if (s.kind === Kind.FRAGMENT_SPREAD)
        out.push(...fieldsOf(fragments.get(s.name.value)?.selectionSet));
    }
    return out;
  };
  let count = 0;
  for (const uiapi of fieldsOf(op.selectionSet).filter((f) => f.name === 'uiapi')) {
    for (const kind of fieldsOf(uiapi.set).filter(
      (f) => f.name === 'query' || f.name === 'aggregate'
    )) {
      count += fieldsOf(kind.set).filter((f) => f.name !== '__typename').length;
    }
  }
  return count;
}

/** graphql-js validation messages reworded as the UI API words them. */
export function apiValidationMessage(message: string): string {
  const undefinedField = /^Cannot query field "(\w+)" on type "(\w+)"/.exec(message);
  if (undefinedField)
    return `Validation error (FieldUndefined) : Field '${undefinedField[1]}' in type '${undefinedField[2]}' is undefined`;
  const undefinedInput = /^Field "(\w+)" is not defined by type "(\w+)"/.exec(message);
  if (undefinedInput)
    return `Validation error (WrongType) : Field '${undefinedInput[1]}' in type '${undefinedInput[2]}' is undefined`;
  return message;
}

function toResponseError(e: GraphQLError, fallbackType: string) {
  const json = e.toJSON();
  return {
    message: fallbackType === 'ValidationError' ? apiValidationMessage(json.message) : json.message,
    ...(json.locations
      ? { locations: json.locations.map((l) => ({ line: l.line, column: l.column })) }
      : {}),
    ...(json.path ? { path: [...json.path] } : {}),
    extensions: { ErrorType: fallbackType, ...(json.extensions ?? {}) }
  };
}

class InMemoryEmulator implements Emulator {
  private store: OrgStore;
  private schemas = new Map<string, UiApiSchema>();
  private rules: Map<string, CompiledRule[]>;
  private flows: FlowRuntime;
  private adminView: SchemaView | null = null;
  private permissionSets: Record<string, PermissionSetAccess>;
  private previewUsers: PreviewUser[] = [];
  private hidden = new Set<string>();
  /** Write operations left before the injected fault; null when none is armed. */
  private faultCountdown: number | null = null;
  private file: string;

  constructor(
    private org: OrgDescribe,
    private options: EmulatorOptions
  ) {
    this.store = new OrgStore(org);
    this.rules = compileRules(org, loadValidationRules());
    const dirs = options.metadataDirs ?? [DEFAULT_SOURCE_DIR];
    this.flows = new FlowRuntime(loadFlows(dirs, org), dirs);
    this.permissionSets = loadPermissionSets();
    this.file = options.file ?? DEFAULT_STATE_FILE;
  }

  async start(): Promise<void> {
    if (!this.options.reset && existsSync(this.file)) {
      const state = JSON.parse(readFileSync(this.file, 'utf8')) as PersistedState;
      this.store.load(state);
      this.previewUsers = state.users;
      this.hidden = new Set(state.hiddenAccounts ?? []);
    } else {
      await this.reset(this.options);
    }
  }

  private save(): void {
    mkdirSync(dirname(this.file), { recursive: true });
    const state: PersistedState = {
      ...this.store.snapshot(),
      users: this.previewUsers,
      hiddenAccounts: [...this.hidden]
    };
    writeFileSync(this.file, JSON.stringify(state));
  }

  async reset(options: EmulatorOptions = {}): Promise<void> {
    const merged = { ...this.options, ...options };
    this.store.load(seedState(this.org, merged));
    const users = [...this.store.table('User').values()];
    this.previewUsers = PREVIEW_USER_ROLES.map((r) => {
      const u = users[Math.min(r.userIndex, users.length - 1)];
      return {
        id: u.Id,
        name: String(u.Name),
        permissionSet: r.permissionSet,
        customPermissions: this.permissionSets[r.permissionSet]?.customPermissions ?? [],
        ...('apiOnly' in r ? { apiOnly: r.apiOnly } : {})
      };
    });
    this.hidden.clear();
    this.faultCountdown = null;
    this.flows.outbox.length = 0;
    this.flows.asyncFailures.length = 0;
    this.save();
  }

  notifications(): SentNotification[] {
    return this.flows.outbox.map((n) => ({ ...n, recipientIds: [...n.recipientIds] }));
  }

  asyncFailures(): AsyncPathFailure[] {
    return this.flows.asyncFailures.map((f) => ({ ...f }));
  }

  /** Full access, for flows (system context); built on first use. */
  private systemView = (): SchemaView => {
    this.adminView ??= buildUiApiSchema({ org: this.org }).view;
    return this.adminView;
  };

  private writeContext(view: SchemaView, userId: string, now: Date): WriteContext {
    return {
      store: this.store,
      view,
      userId,
      hiddenAccounts: this.hidden,
      today: now.toISOString().slice(0, 10),
      now: now.toISOString(),
      cache: new Map(),
      rules: this.rules,
      flows: this.flows,
      asyncQueue: [],
      systemView: this.systemView,
      depth: 0,
      aliases: new Map(),
      failedAliases: new Set(),
      beforeWrite: () => {
        if (this.faultCountdown === null) return;
        this.faultCountdown -= 1;
        if (this.faultCountdown === 0) {
          this.faultCountdown = null;
          throw writeError(
            'An unexpected error occurred. Please include this ErrorId if you contact support: 0000000000-00000 (-1)',
            'UNKNOWN_EXCEPTION'
          );
        }
      }
    };
  }

  /** Runs asynchronous paths after their transaction committed, each in its own transaction. */
  private runAsyncPaths(queue: AsyncPathRun[]): boolean {
    return runAsyncPaths(queue, (userId) => ({
      ...this.writeContext(this.systemView(), userId, new Date()),
      hiddenAccounts: new Set<string>(),
      beforeWrite: () => undefined
    }));
  }

  users(): PreviewUser[] {
    return this.previewUsers.map((u) => ({ ...u, customPermissions: [...u.customPermissions] }));
  }

  integrationUser(): PreviewUser {
    const users = [...this.store.table('User').values()];
    const u = users[Math.min(INTEGRATION_USER_INDEX, users.length - 1)];
    const all = new Set(Object.values(this.permissionSets).flatMap((p) => p.customPermissions));
    return {
      id: u.Id,
      name: String(u.Name),
      permissionSet: INTEGRATION_ACCESS,
      customPermissions: [...all].sort()
    };
  }

  failNthWrite(n: number | null): void {
    if (n !== null && (!Number.isInteger(n) || n < 1))
      throw new RangeError(`failNthWrite expects a positive integer or null, got ${n}`);
    this.faultCountdown = n;
  }

  hideAccounts(accountIds: string[]): void {
    for (const id of accountIds) this.hidden.add(id);
    this.store.changed();
  }

  hiddenAccountIds(): string[] {
    return [...this.hidden];
  }

  mergeRecords(object: string, survivorId: string, loserIds: string[]): number {
    const moved = mergeWithoutAutomation(this.store, object, survivorId, loserIds);
    this.save();
    return moved;
  }

  counts(): Record<string, number> {
    return Object.fromEntries([...this.store.tables].map(([o, t]) => [o, t.size]));
  }

  /** The schema a permission set sees (built once). */
  schemaFor(permissionSet: string): UiApiSchema {
    let s = this.schemas.get(permissionSet);
    if (!s) {
      s =
        permissionSet === INTEGRATION_ACCESS
          ? buildUiApiSchema({ org: this.org })
          : buildUiApiSchema({ org: this.org, forPermissionSets: [permissionSet] });
      this.schemas.set(permissionSet, s);
    }
    return s;
  }

  /**
   * The client-side rules a real org's client refuses before the server runs anything: variables
   * in directives, undocumented `@{...}` forms, references inside variables, aggregates over
   * parent fields. Checked per request (documents are cached by text); `schema` is the user's,
   * for references inside variables.
   */
  private platformRuleErrors(
    request: GraphQLRequest,
    doc: DocumentNode,
    schema: UiApiSchema['schema']
  ): { message: string; extensions: { ErrorType: string } }[] {
    // The client's rules do not depend on who sends the document: judged on the full schema, so
    // the verdict cached by text is the same for every user (a user's own schema may lack the
    // types, which the permission check reports as no access).
    let messages = this.documentRules.get(request.query);
    if (!messages) {
      const full = this.schemaFor(INTEGRATION_ACCESS).schema;
      messages = documentRuleProblems(doc, full, this.apiVersion).map((p) => p.message);
      this.documentRules.set(request.query, messages);
    }
    const inVariables = referencesInVariables(doc, schema, request.variables).map(
      (path) =>
        `${path} carries an @{...} reference in a variable: references are written in the mutation text`
    );
    return [...messages, ...inVariables].map((message) => ({
      message: `Validation error: ${message}`,
      extensions: { ErrorType: 'ValidationError' }
    }));
  }

  private documentRules = new Map<string, string[]>();
  private apiVersion = packageApiVersion();

  /** Runs requests one at a time, as one org transaction each: a rollback can never undo another request's writes. */
  execute(request: GraphQLRequest, userId: string): Promise<GraphQLResponse> {
    const run = this.pending.then(() => this.executeNow(request, userId));
    this.pending = run.catch(() => undefined);
    return run;
  }

  private pending: Promise<unknown> = Promise.resolve();

  private async executeNow(request: GraphQLRequest, userId: string): Promise<GraphQLResponse> {
    const integration = this.integrationUser();
    const user =
      this.previewUsers.find((u) => u.id === userId) ??
      (userId === integration.id ? integration : undefined);
    if (!user)
      return {
        errors: [
          {
            message: `Unknown preview user ${userId}`,
            extensions: { ErrorType: 'INVALID_SESSION_ID' }
          }
        ]
      };
    let doc: DocumentNode;
    try {
      doc = parse(request.query);
    } catch (e) {
      return { errors: [toResponseError(e as GraphQLError, 'InvalidSyntax')] };
    }
    const { schema, view } = this.schemaFor(user.permissionSet);
    const invalid = validate(schema, doc);
    if (invalid.length)
      return { errors: invalid.map((e) => toResponseError(e, 'ValidationError')) };
    const refused = this.platformRuleErrors(request, doc, schema);
    if (refused.length) return { errors: refused };
    const ops = doc.definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION
    );
    const op = request.operationName
      ? ops.find((o) => o.name?.value === request.operationName)
      : ops[0];
    if (!op)
      return {
        errors: [
          {
            message: `Unknown operation ${request.operationName}`,
            extensions: { ErrorType: 'ValidationError' }
          }
        ]
      };
    const subqueries = countSubqueries(doc, op);
    if (subqueries > MAX_SUBQUERIES) {
      return {
        errors: [
          {
            message: `Too many subqueries: a GraphQL query can contain up to ${MAX_SUBQUERIES} subqueries, this one has ${subqueries}.`,
            extensions: { ErrorType: 'ValidationError', errorCode: 'TOO_MANY_SUBQUERIES' }
          }
        ]
      };
    }
    const now = new Date();
    const ctx: WriteContext & { allOrNone: boolean; failed: boolean; wrote: boolean } = {
      ...this.writeContext(view, userId, now),
      allOrNone: true,
      failed: false,
      wrote: false
    };
    const isMutation = op.operation === 'mutation';
    if (isMutation && !schema.getMutationType()) {
      // A user with no write access at all sees no mutation field: answer as for any unknown field.
      return {
        errors: [
          {
            message:
              "Validation error (FieldUndefined) : Field 'uiapi' in type 'Mutation' is undefined",
            extensions: { ErrorType: 'ValidationError' }
          }
        ]
      };
    }
    if (isMutation) this.store.begin();
    let result;
    try {
      result = await executeGraphQL({
        schema,
        document: doc,
        variableValues: request.variables ?? undefined,
        operationName: request.operationName ?? undefined,
        contextValue: ctx,
        fieldResolver: this.resolver
      });
    } catch (e) {
      if (isMutation) this.store.rollback();
      throw e;
    }
    if (isMutation) {
      if (ctx.failed && ctx.allOrNone) {
        this.store.rollback();
        const ui = (result.data as any)?.uiapi;
        if (ui) for (const k of Object.keys(ui)) ui[k] = null;
      } else {
        this.store.commit();
        const asyncWrote = this.runAsyncPaths(ctx.asyncQueue);
        if (ctx.wrote || asyncWrote) this.save();
      }
    }
    const response: GraphQLResponse = {};
    if (result.data !== undefined) response.data = result.data;
    // Without data the request never ran (bad variables): the API reports that as a validation error.
    const errorType = result.data === undefined ? 'ValidationError' : 'ExecutionError';
    if (result.errors?.length)
      response.errors = result.errors.map((e) => toResponseError(e, errorType));
    return response;
  }

  /** One resolver for every field: routes by parent type, default property lookup otherwise. */
  private resolver: GraphQLFieldResolver<any, any> = (source, args, ctx, info) => {
    const parent = info.parentType.name;
    if (source && (source as RecordNode)[RECORD]) {
      return resolveRecordField(ctx, source, info.fieldName, args, info.fieldNodes[0]);
    }
    if (parent === 'Query' && info.fieldName === 'uiapi') return { query: {}, aggregate: {} };
    if (parent === 'UIAPI') return {};
    if (parent === 'RecordQuery') {
      const o = this.org[info.fieldName];
      return connection(ctx, o, args, this.store.table(o.name), info.fieldNodes[0]);
    }
    if (parent === 'RecordQueryAggregate')
      return aggregateConnection(ctx, this.org[info.fieldName], args);
    if (parent === 'Mutation' && info.fieldName === 'uiapi') {
      ctx.allOrNone = args.input?.allOrNone ?? true;
      return {};
    }
    if (parent === 'UIAPIMutations')
      return this.mutate(ctx, info.fieldName, info.path.key as string, args);
    const value = source?.[info.fieldName];
    return typeof value === 'function' ? value.call(source, args, ctx, info) : value;
  };

  private mutate(
    ctx: WriteContext & { allOrNone: boolean; failed: boolean; wrote: boolean },
    field: string,
    alias: string,
    args: any
  ) {
    if (ctx.failed && ctx.allOrNone) return null;
    const m = /^(.*)(Create|Update|Delete)$/.exec(field)!;
    const o = this.org[m[1]];
    try {
      let out;
      if (m[2] === 'Create') {
        const rec = createRecord(ctx, o, args.input[o.name]);
        ctx.aliases.set(alias, rec.Id);
        out = { Record: { [RECORD]: true, o, rec } };
      } else if (m[2] === 'Update') {
        updateRecord(ctx, o, args.input.Id, args.input[o.name]);
        out = { success: true };
      } else {
        out = { Id: deleteRecord(ctx, o, args.input.Id) };
      }
      ctx.wrote = true;
      return out;
    } catch (e) {
      ctx.failed = true;
      ctx.failedAliases.add(alias);
      if (e instanceof GraphQLError) throw e;
      throw apiError(e instanceof Error ? e.message : String(e), 'MutationError', {
        errorCode: 'UNKNOWN_EXCEPTION'
      });
    }
  }
}

/** Starts an emulator: loads the saved org (options.file) or seeds a new one (options.reset or no file). */
export async function createEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const emulator = new InMemoryEmulator(loadOrgDescribe(), options);
  await emulator.start();
  return emulator;
}

export type { RequestContext };

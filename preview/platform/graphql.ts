// The preview's `lightning/graphql`: the same API as the platform module, answered by the
// preview server's `/graphql` endpoint (the in-memory org) instead of Salesforce. It exports
// exactly what the platform module exports (gql, graphql, executeMutation): a refresh goes
// through `refresh()` on the emitted result; `refreshGraphQL` belongs to lightning/uiGraphQLApi.
import { currentSession, PREVIEW_USER_HEADER } from './session';

export interface GraphQLError {
  message: string;
  locations?: { line: number; column: number }[];
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

export interface GraphQLResult {
  data?: unknown;
  errors?: GraphQLError[];
  refresh?: () => Promise<void>;
}

interface WireConfig {
  query?: unknown;
  variables?: Record<string, unknown> | null;
  operationName?: string;
}

/** The query text of a document made by `gql` (or a plain string). */
function queryText(query: unknown): string {
  if (typeof query === 'string') return query;
  throw new Error('lightning/graphql: query must be a document made by gql');
}

export { gql } from '../../tools/shared/gql';

/** POSTs one GraphQL request to the preview server as the current preview user; never throws, failures come back as `errors`. */
async function postGraphQL(request: {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string;
}): Promise<{ data?: unknown; errors?: GraphQLError[] }> {
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [PREVIEW_USER_HEADER]: currentSession().user.id
      },
      body: JSON.stringify(request)
    });
    const body = (await response.json()) as { data?: unknown; errors?: GraphQLError[] };
    if (!response.ok && !body.errors) {
      return { errors: [{ message: `HTTP ${response.status} from the preview server` }] };
    }
    return { data: body.data ?? undefined, errors: body.errors };
  } catch (error) {
    return {
      errors: [
        {
          message: `Failed to fetch: ${(error as Error).message}`,
          extensions: { network: true }
        }
      ]
    };
  }
}

/** The GraphQL wire adapter: fetches on connect and whenever the config changes, skips while `query` is undefined. */
export class graphql {
  private config: WireConfig | undefined;
  private connected = false;
  // Only the answer to the latest request is provisioned: an older one that arrives late is stale.
  private generation = 0;

  constructor(private readonly dataCallback: (value: GraphQLResult) => void) {}

  connect(): void {
    this.connected = true;
    void this.fetch();
  }

  disconnect(): void {
    this.connected = false;
    this.generation++;
  }

  update(config: WireConfig): void {
    const changed = JSON.stringify(config) !== JSON.stringify(this.config);
    this.config = config;
    if (changed && this.connected) void this.fetch();
  }

  private async fetch(): Promise<void> {
    const config = this.config;
    if (!config || config.query === undefined || config.query === null) return;
    const generation = ++this.generation;
    const result = await postGraphQL({
      query: queryText(config.query),
      variables: config.variables ?? undefined,
      operationName: config.operationName
    });
    if (generation !== this.generation) return;
    this.dataCallback({ data: result.data, errors: result.errors, refresh: () => this.fetch() });
  }
}

/** Runs a mutation (or any operation) once: resolves to `{ data, errors }`, never rejects on GraphQL errors. */
export async function executeMutation(config: {
  query: unknown;
  variables?: Record<string, unknown>;
  operationName?: string;
}): Promise<{ data?: unknown; errors?: GraphQLError[] }> {
  return postGraphQL({
    query: queryText(config.query),
    variables: config.variables,
    operationName: config.operationName
  });
}

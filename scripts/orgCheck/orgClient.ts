// Talks to the org's REST API: the UI API GraphQL endpoint and the SOQL query resource, with
// the failures a person can act on (unreachable, token refused, package missing) turned into
// one-line explanations carrying the check's exit code.
import { spawnSync } from 'node:child_process';
import type { GraphQLRequest, GraphQLResponse } from '../../tools/shared/graphql';

/** The REST API version the package is built for. */
export const API_VERSION = 'v66.0';

/** Why the check stopped early; `exitCode` is what the CLI exits with. */
export class OrgCheckError extends Error {
  constructor(
    readonly kind: 'unreachable' | 'unauthorized' | 'packageMissing' | 'sfCli' | 'http',
    message: string,
    readonly exitCode: number
  ) {
    super(message);
  }
}

/** Where the org is and how to authenticate. */
export interface OrgConnection {
  instanceUrl: string;
  accessToken: string;
  /** the sf CLI alias when the org came from one */
  alias: string | null;
}

/** A SOQL result row (REST query resource). */
export type QueryRow = Record<string, unknown>;

/** The org's REST API as the check uses it. */
export interface OrgClient {
  connection: OrgConnection;
  graphql(request: GraphQLRequest): Promise<GraphQLResponse>;
  query(soql: string): Promise<QueryRow[]>;
}

/** Why fetch failed: the system code (ECONNREFUSED, ENOTFOUND), else the cause's own words (fetch's "bad port"). */
function networkCode(error: unknown): string | null {
  const cause = (
    error as { cause?: { code?: string; message?: string; errors?: { code?: string }[] } }
  )?.cause;
  return cause?.code ?? cause?.errors?.[0]?.code ?? (cause?.message || null);
}

/** The sf CLI's error message as one line: its first two lines (sf puts the reason on the second, under "Parsing --target-org"), no "See more help" trailer, at most 200 characters. */
export function sfMessageLine(text: string): string {
  const line = text
    .split('\n')
    .map((part) => part.trim())
    .filter((part) => part && !/^See more help/i.test(part))
    .slice(0, 2)
    .join(' ');
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

/** The org's REST error body (an array of {message, errorCode}, or one object) as one line. */
function restErrorText(body: unknown): string {
  const list = Array.isArray(body) ? body : body && typeof body === 'object' ? [body] : [];
  const text = list
    .map((e) => [e?.errorCode, e?.message].filter(Boolean).join(' '))
    .filter(Boolean)
    .join('; ');
  return text || 'no error body';
}

/** A client for `connection`; `fetchImpl` is the HTTP function (tests pass their own). */
export function orgClient(connection: OrgConnection, fetchImpl: typeof fetch = fetch): OrgClient {
  const base = `${connection.instanceUrl.replace(/\/+$/, '')}/services/data/${API_VERSION}`;
  const call = async (path: string, init: RequestInit = {}): Promise<unknown> => {
    let response: Response;
    try {
      response = await fetchImpl(`${base}${path}`, {
        ...init,
        headers: {
          authorization: `Bearer ${connection.accessToken}`,
          'content-type': 'application/json',
          accept: 'application/json'
        }
      });
    } catch (error) {
      const code = networkCode(error) ?? (error as Error).message;
      throw new OrgCheckError(
        'unreachable',
        `Cannot reach the org at ${connection.instanceUrl} (${code}): check the instance URL and your network, or run \`sf org display --target-org <alias>\` for the current one.`,
        3
      );
    }
    const text = await response.text();
    let body: unknown = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = text;
    }
    if (response.status === 401) {
      throw new OrgCheckError(
        'unauthorized',
        `The org refused the access token (401 ${restErrorText(body)}): log in again with \`sf org login web --alias <alias>\`, or pass a fresh --access-token.`,
        4
      );
    }
    if (!response.ok) {
      throw new OrgCheckError(
        'http',
        `${init.method ?? 'GET'} ${path.split('?')[0]} answered HTTP ${response.status}: ${restErrorText(body)}`,
        1
      );
    }
    return body;
  };
  return {
    connection,
    async graphql(request) {
      const body = (await call('/graphql', {
        method: 'POST',
        body: JSON.stringify(request)
      })) as GraphQLResponse | null;
      return { data: body?.data ?? null, errors: body?.errors?.length ? body.errors : undefined };
    },
    async query(soql) {
      const body = (await call(`/query?q=${encodeURIComponent(soql)}`)) as {
        records?: QueryRow[];
      } | null;
      return body?.records ?? [];
    }
  };
}

/** The instance URL and access token of an sf CLI alias (`sf org display --json`). */
export function connectionFromSf(alias: string, cwd: string): OrgConnection {
  const run = spawnSync('npx', ['sf', 'org', 'display', '--target-org', alias, '--json'], {
    cwd,
    encoding: 'utf8'
  });
  let parsed: { status?: number; message?: string; result?: Record<string, string> } = {};
  try {
    parsed = JSON.parse(run.stdout || '{}');
  } catch {
    parsed = {};
  }
  const url = parsed.result?.instanceUrl;
  const token = parsed.result?.accessToken;
  if (run.status !== 0 || !url || !token) {
    const why = parsed.message ?? (run.stderr || run.error?.message || 'no output').trim();
    throw new OrgCheckError(
      'sfCli',
      `The sf CLI has no usable org "${alias}" (${sfMessageLine(why)}): log in with \`sf org login web --alias ${alias}\` and try again.`,
      6
    );
  }
  return { instanceUrl: url, accessToken: token, alias };
}

/** Probes the package's objects in one read: unreachable / 401 / objects unknown stop the check. */
export async function probePackage(client: OrgClient, objects: string[]): Promise<void> {
  const selections = objects.map((o) => `${o}(first: 1) { edges { node { Id } } }`).join(' ');
  const response = await client.graphql({
    query: `query OrgCheckPackageProbe { uiapi { query { ${selections} } } }`,
    operationName: 'OrgCheckPackageProbe'
  });
  const unknown = objects.filter((o) =>
    (response.errors ?? []).some(
      (e) => e.message.includes(`'${o}'`) || e.message.includes(`"${o}"`)
    )
  );
  if (unknown.length > 0) {
    throw new OrgCheckError(
      'packageMissing',
      `The org's GraphQL schema has no ${unknown.join(', ')}: the package is not deployed there (or this user has no access). Deploy it with \`sf project deploy start --source-dir force-app --target-org <alias>\` and assign a Product Gap permission set.`,
      5
    );
  }
  if (response.errors?.length) {
    throw new OrgCheckError(
      'http',
      `The package probe failed: ${response.errors.map((e) => e.message).join('; ')}`,
      1
    );
  }
}

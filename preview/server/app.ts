// The preview's HTTP server: the app, SLDS assets, the GraphQL endpoint backed by the in-memory
// org, the current preview user and the org controls. Binds the loopback interface only.
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import type { Emulator, EmulatorOptions, GraphQLRequest, PreviewUser } from '../emulator/index';
import { createNetworkDelay } from './latency';
import type { NetworkDelay, NetworkModel } from './latency';
import { answerGraphql, answerQuery, authorized, REST_BASE } from './restApi';
import { resolveStatic, sendFile } from './static';

export interface PreviewServerOptions {
  emulator: Emulator;
  /** preview/app: holds index.html */
  appDir: string;
  /** the rollup output: app.js, bootstrap.js, chunks/ */
  bundleDir: string;
  /** @salesforce-ux/design-system/assets */
  assetsDir: string;
  /** what POST /api/org/reset rebuilds the data set with */
  resetOptions?: EmulatorOptions;
  /** the package's flows folder (FlowDefinitionView rows of the REST query resource) */
  flowsDir?: string;
  /** 0 (default) picks a free port */
  port?: number;
  /** false runs the package's components outside the Lightning Web Security sandbox (default true) */
  lws?: boolean;
  log?: (line: string) => void;
  /** delay GraphQL responses as an org would (absent or null: answer at once) */
  network?: NetworkModel | null;
}

export interface PreviewServer {
  url: string;
  port: number;
  currentUser(): PreviewUser;
  /** Changes the network model of later GraphQL requests (null: answer at once). */
  setNetwork(model: NetworkModel | null): void;
  /** The GraphQL requests answered since the last call, in answer order (for the benches' timeline). */
  takeTimeline(): TimelineEntry[];
  close(): Promise<void>;
}

/** One answered GraphQL request, times in ms on the server's clock (performance.now()). */
export interface TimelineEntry {
  operation: string;
  /** The request's arrival, once its body was read. */
  arrivedAt: number;
  /** When it got a network slot and the emulator started on it (= arrivedAt without a model). */
  startedAt: number;
  /** Emulator time. */
  executeMs: number;
  /** When the answer was sent. */
  answeredAt: number;
  /** Response JSON bytes. */
  bytes: number;
  /** The request's `after` cursor variables that are set (which page of which cursor). */
  cursors: string[];
}

/** Header that names the preview user a GraphQL request runs as (see preview/platform/session.ts). */
const USER_HEADER = 'x-preview-user';
const MAX_BODY_BYTES = 1024 * 1024;
/** Requests the timeline keeps when nobody takes it (a long `npm start` session). */
const MAX_TIMELINE = 1000;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message);
  }
}

/** The operation name of a GraphQL request: the given one, else the first named operation, else 'anonymous'. */
export function operationNameOf(request: { query?: unknown; operationName?: unknown }): string {
  if (typeof request.operationName === 'string' && request.operationName)
    return request.operationName;
  const match =
    typeof request.query === 'string' ? /\b(?:query|mutation)\s+(\w+)/.exec(request.query) : null;
  return match ? match[1] : 'anonymous';
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'Request body larger than 1 MB');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'Request body is not valid JSON');
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new HttpError(400, 'Request body must be a JSON object');
  }
  return body as Record<string, unknown>;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store'
  });
  response.end(JSON.stringify(body));
}

function sendText(response: ServerResponse, json: string): void {
  response.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store'
  });
  response.end(json);
}

/** Starts the preview server on 127.0.0.1; resolves once it listens. */
export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const { emulator, log = () => {} } = options;
  const users = () => emulator.users().filter((user) => !user.apiOnly);
  const firstUser = users()[0];
  if (!firstUser) throw new Error('The emulator has no preview users');
  let currentUserId = firstUser.id;
  let failNthWrite: number | null = null;
  let network: NetworkDelay | null = options.network ? createNetworkDelay(options.network) : null;
  let timeline: TimelineEntry[] = [];

  const currentUser = (): PreviewUser =>
    users().find((user) => user.id === currentUserId) ?? users()[0];
  const session = () => ({ user: currentUser(), users: users(), lws: options.lws !== false });
  const orgState = () => ({
    counts: emulator.counts(),
    hiddenAccountIds: emulator.hiddenAccountIds(),
    failNthWrite
  });

  async function graphql(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const started = Date.now();
    const body = await readJson(request);
    const operation = operationNameOf(body);
    if (typeof body.query !== 'string' || body.query.trim() === '') {
      throw new HttpError(400, 'A GraphQL request needs a "query" string');
    }
    if (
      body.variables != null &&
      (typeof body.variables !== 'object' || Array.isArray(body.variables))
    ) {
      throw new HttpError(400, '"variables" must be an object');
    }
    const asUser = String(request.headers[USER_HEADER] ?? '');
    const userId = users().some((user) => user.id === asUser) ? asUser : currentUser().id;
    const arrivedAt = performance.now();
    let startedAt = arrivedAt;
    let executeMs = 0;
    const execute = async () => {
      startedAt = performance.now();
      const value = await emulator.execute(body as unknown as GraphQLRequest, userId);
      executeMs = performance.now() - startedAt;
      return value;
    };
    const result = network
      ? await network.respond(async () => {
          const value = await execute();
          return { bytes: Buffer.byteLength(JSON.stringify(value)), value };
        })
      : await execute();
    const status = result.errors?.length ? `errors(${result.errors.length})` : 'ok';
    log(`graphql ${operation} ${status} ${Date.now() - started} ms`);
    const text = JSON.stringify(result);
    const variables = (body.variables ?? {}) as Record<string, unknown>;
    const cursors = Object.keys(variables).filter((k) => /^after/.test(k) && variables[k]);
    const bytes = Buffer.byteLength(text);
    if (timeline.length >= MAX_TIMELINE) timeline.shift();
    timeline.push({
      operation,
      arrivedAt,
      startedAt,
      executeMs,
      answeredAt: performance.now(),
      bytes,
      cursors
    });
    sendText(response, text);
  }

  async function api(
    method: string,
    path: string,
    request: IncomingMessage,
    response: ServerResponse
  ) {
    if (method === 'GET' && path === '/api/session') return sendJson(response, 200, session());
    if (method === 'GET' && path === '/api/org') return sendJson(response, 200, orgState());
    if (method !== 'POST') throw new HttpError(405, `${method} ${path} is not supported`);
    const body = await readJson(request);
    if (path === '/api/session') {
      if (!users().some((user) => user.id === body.userId)) {
        throw new HttpError(400, `Unknown preview user ${JSON.stringify(body.userId)}`);
      }
      currentUserId = body.userId as string;
      log(`session: now ${currentUser().name} (${currentUser().permissionSet})`);
      return sendJson(response, 200, session());
    }
    if (path === '/api/org/hide-accounts') {
      const ids = body.accountIds;
      if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string' || id === '')) {
        throw new HttpError(400, '"accountIds" must be an array of account Ids');
      }
      emulator.hideAccounts(ids as string[]);
      return sendJson(response, 200, orgState());
    }
    if (path === '/api/org/fail-nth-write') {
      const n = body.n;
      if (n !== null && !(Number.isInteger(n) && (n as number) >= 1)) {
        throw new HttpError(400, '"n" must be a whole number of 1 or more, or null');
      }
      failNthWrite = n as number | null;
      emulator.failNthWrite(failNthWrite);
      return sendJson(response, 200, orgState());
    }
    if (path === '/api/org/reset') {
      await emulator.reset({ ...options.resetOptions, reset: true });
      emulator.hideAccounts([]);
      emulator.failNthWrite(null);
      failNthWrite = null;
      log('org: sample data reset');
      return sendJson(response, 200, orgState());
    }
    throw new HttpError(404, `No endpoint ${path}`);
  }

  /** The org's REST API for API clients (the org acceptance check): GraphQL and setup-object queries. */
  async function rest(
    method: string,
    url: URL,
    request: IncomingMessage,
    response: ServerResponse
  ): Promise<void> {
    const path = url.pathname;
    const auth = request.headers.authorization;
    if (path === `${REST_BASE}/graphql` && method === 'POST') {
      const body = await readJson(request);
      const answer = await answerGraphql(emulator, auth, body);
      log(`rest graphql ${operationNameOf(body)} ${answer.status}`);
      return sendJson(response, answer.status, answer.body);
    }
    if (path === `${REST_BASE}/query` && method === 'GET' && options.flowsDir) {
      const refused = authorized(emulator, auth);
      const answer =
        refused ?? answerQuery(emulator, options.flowsDir, url.searchParams.get('q') ?? '');
      return sendJson(response, answer.status, answer.body);
    }
    sendJson(response, 404, [
      {
        message: `The requested resource does not exist: ${method} ${path}`,
        errorCode: 'NOT_FOUND'
      }
    ]);
  }

  function serveStatic(path: string, response: ServerResponse): void {
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    if (path.startsWith('/assets/')) {
      const file = resolveStatic(options.assetsDir, path.slice('/assets/'.length));
      if (file) return sendFile(response, file, true);
    } else if (path === '/app.js' || path === '/bootstrap.js' || path.startsWith('/chunks/')) {
      const file = resolveStatic(options.bundleDir, path.slice(1));
      if (file) return sendFile(response, file);
    } else if (!extname(path)) {
      // Every page path of the app (/, /top10, /gap/<id> ...) is the same single-page app.
      return sendFile(response, join(options.appDir, 'index.html'));
    }
    sendJson(response, 404, { error: `Not found: ${path}` });
  }

  const server = createServer((request, response) => {
    const method = request.method ?? 'GET';
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const handle = async () => {
      if (path.startsWith('/services/data/')) return rest(method, url, request, response);
      if (path === '/graphql') {
        if (method !== 'POST') throw new HttpError(405, 'POST GraphQL requests to /graphql');
        return graphql(request, response);
      }
      if (path.startsWith('/api/')) return api(method, path, request, response);
      if (method !== 'GET' && method !== 'HEAD')
        throw new HttpError(405, `${method} ${path} is not supported`);
      return serveStatic(path, response);
    };
    handle().catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      const message = error instanceof Error ? error.message : String(error);
      if (path === '/graphql')
        log(`graphql ${status === 500 ? 'failed' : 'rejected'} ${status}: ${message}`);
      if (!response.headersSent) {
        sendJson(
          response,
          status,
          path === '/graphql'
            ? { errors: [{ message }] }
            : path.startsWith('/services/data/')
              ? [{ message, errorCode: status === 500 ? 'UNKNOWN_EXCEPTION' : 'JSON_PARSER_ERROR' }]
              : { error: message }
        );
      } else response.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    currentUser,
    setNetwork: (model) => {
      network = model ? createNetworkDelay(model) : null;
    },
    takeTimeline: () => {
      const taken = timeline;
      timeline = [];
      return taken;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      })
  };
}

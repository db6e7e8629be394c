// A gapData Transport over any GraphQL executor: the in-memory org directly (tests) or the
// preview server's POST /graphql as one preview user (the soak), so both drive gapData's real
// write functions and documents instead of hand-written requests.
import type { GraphQLExecutor, GraphQLRequest, GraphQLResponse } from './graphql';
import type { GraphQLResponse as TransportResponse, Transport } from 'c/gapData';

/** Runs one GraphQL request as a fixed user. */
export type Execute = (request: GraphQLRequest) => Promise<GraphQLResponse>;

/** Header the preview server reads the acting user from. */
export const PREVIEW_USER_HEADER = 'x-preview-user';

/** The request as it travels: gql documents are their source text outside the platform. */
function toRequest(request: {
  query: unknown;
  variables?: Record<string, unknown> | null;
  operationName?: string;
}): GraphQLRequest {
  if (typeof request.query !== 'string') {
    throw new TypeError('The document is not text: load gapData with the Node gql (nodePlatform)');
  }
  return {
    query: request.query,
    variables: request.variables ?? null,
    operationName: request.operationName
  };
}

/** A Transport whose mutations and reads both go through `execute`. */
export function orgTransport(execute: Execute): Transport {
  const run = async (request: Parameters<Transport['mutate']>[0]) =>
    (await execute(toRequest(request))) as TransportResponse;
  return { mutate: run, read: run };
}

/** Executes as `userId` against an in-process org (the preview's emulator). */
export function emulatorExecute(emulator: GraphQLExecutor, userId: string): Execute {
  return (request) => emulator.execute(request, userId);
}

/** Executes as `userId` through the preview server's POST /graphql at `baseUrl`. */
export function httpExecute(baseUrl: string, userId: string): Execute {
  return async (request) => {
    const response = await fetch(new URL('/graphql', baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [PREVIEW_USER_HEADER]: userId },
      body: JSON.stringify(request)
    });
    if (!response.ok) throw new Error(`HTTP ${response.status} from ${baseUrl}/graphql`);
    return (await response.json()) as GraphQLResponse;
  };
}

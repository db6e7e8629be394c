// The GraphQL request and response shapes every tool speaks: the preview's in-memory org, the
// preview server, the org check's client and the soak all exchange these.

/** One GraphQL request as it travels over HTTP (the document is its source text). */
export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

/** One GraphQL response: data and/or errors, as the UI API returns them. */
export interface GraphQLResponse {
  data?: unknown;
  errors?: {
    message: string;
    path?: (string | number)[];
    locations?: { line: number; column: number }[];
    extensions?: Record<string, unknown>;
  }[];
}

/** Anything that answers GraphQL as a given user (the preview's in-memory org does). */
export interface GraphQLExecutor {
  execute(request: GraphQLRequest, userId: string): Promise<GraphQLResponse>;
}

// How a write reaches the server and how its outcome is normalised. executeMutation is the
// one write path; the optional `read` lets a write look up the record it collided with where
// an imperative read exists (the emulator, tests); in the org the screen wires the lookup.
import { executeMutation } from 'lightning/graphql';
import type { DocumentNode, GraphQLError } from 'lightning/graphql';
import type { ErrorKind } from 'c/ldsErrors';
import { classifyErrors, hasErrors, reduceErrors } from 'c/ldsErrors';
import type { ReadRequest } from './ranking';

/** One mutation request. */
export interface MutationRequest {
  operationName: string;
  query: DocumentNode;
  variables: Record<string, unknown>;
}

/** A GraphQL response: data and/or errors. */
export interface GraphQLResponse<TData = unknown> {
  data?: TData | null;
  errors?: GraphQLError[] | null;
}

/** Sends mutations (executeMutation by default) and, when available, imperative reads. */
export interface Transport {
  mutate(request: MutationRequest): Promise<GraphQLResponse>;
  read?(request: ReadRequest): Promise<GraphQLResponse>;
}

/** The org transport: executeMutation for writes, no imperative read. */
export const platformTransport: Transport = {
  mutate: (request) => executeMutation(request)
};

/** A write refused before sending, or failed on the server / network. */
export interface WriteFailure {
  ok: false;
  kind: ErrorKind | 'invalid';
  messages: string[];
}

/** The outcome of a write: ok with a value, or a failure with readable messages. */
export type WriteResult<T> = { ok: true; value: T } | WriteFailure;

/** A failure for input refused before sending (nothing was written). */
export function invalid(messages: string[]): WriteFailure {
  return { ok: false, kind: 'invalid', messages };
}

/** A failure from errors of any shape, classified by ldsErrors. */
export function failure(errors: unknown): WriteFailure {
  return { ok: false, kind: classifyErrors(errors), messages: reduceErrors(errors) };
}

/** The kind and messages of a read's errors, for the screens' error panel; null when there are none. */
export function readFailure(errors: unknown): { kind: ErrorKind; messages: string[] } | null {
  return hasErrors(errors)
    ? { kind: classifyErrors(errors), messages: reduceErrors(errors) }
    : null;
}

/**
 * Sends one mutation and returns its data, or a failure when the promise rejects (network),
 * when the response carries errors (GraphQL / DML), or when it has no data.
 */
export async function send<TData>(
  transport: Transport,
  request: MutationRequest
): Promise<WriteResult<TData>> {
  let response: GraphQLResponse;
  try {
    response = await transport.mutate(request);
  } catch (error) {
    return failure(error);
  }
  if (response?.errors && response.errors.length > 0) return failure(response.errors);
  if (!response?.data) return failure(new Error(`${request.operationName} returned no data.`));
  return { ok: true, value: response.data as TData };
}

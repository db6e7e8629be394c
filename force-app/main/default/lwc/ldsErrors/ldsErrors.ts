// One path for errors: every shape the platform, the UI API GraphQL endpoint, the network or our
// own code can throw is reduced here to short, readable sentences shown by c-error-panel.

/** The broad kind of a failure, so screens can show "no access" as a normal state. */
export type ErrorKind = 'noAccess' | 'network' | 'validation' | 'conflict' | 'unknown';

interface MessageLike {
  message?: unknown;
  errorCode?: unknown;
  extensions?: { ErrorType?: unknown; errorType?: unknown; code?: unknown };
}

const NETWORK_PATTERN =
  /failed to fetch|networkerror|network request failed|load failed|ERR_CONNECTION/i;
const NO_ACCESS_PATTERN =
  /INSUFFICIENT_ACCESS|FieldUndefined|UnknownType|Unknown type|is undefined|not accessible|insufficient privileges|don't have access|do not have access|No such column|sObject type .* is not supported/i;
const CONFLICT_PATTERN = /DUPLICATE_VALUE|duplicate value found/i;
const VALIDATION_PATTERN =
  /FIELD_CUSTOM_VALIDATION_EXCEPTION|REQUIRED_FIELD_MISSING|INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST|STRING_TOO_LONG|ValidationError|INVALID_FIELD/i;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Messages of a UI API record-style body: output.errors, output.fieldErrors, pageErrors. */
function fromOutput(output: Record<string, unknown>): string[] {
  const errors = Array.isArray(output.errors) ? output.errors.flatMap(collect) : [];
  const fieldErrors = isObject(output.fieldErrors)
    ? Object.values(output.fieldErrors).flatMap(collect)
    : [];
  return [...errors, ...fieldErrors];
}

/** Walks one error value of any known shape and returns its messages. */
function collect(error: unknown): string[] {
  if (error === null || error === undefined) return [];
  if (typeof error === 'string') return text(error) ? [error.trim()] : [];
  if (Array.isArray(error)) return error.flatMap(collect);
  if (!isObject(error)) return [String(error)];

  if (Array.isArray(error.errors)) return error.errors.flatMap(collect);
  if (error.body !== undefined) {
    const body = error.body;
    if (Array.isArray(body)) return body.flatMap(collect);
    if (isObject(body)) {
      const fromBody = [
        ...(isObject(body.output) ? fromOutput(body.output) : []),
        ...(Array.isArray(body.pageErrors) ? body.pageErrors.flatMap(collect) : []),
        ...(text(body.message) ? [String(body.message).trim()] : [])
      ];
      if (fromBody.length > 0) return fromBody;
    }
    if (typeof body === 'string' && text(body)) return [body.trim()];
  }
  const message = text((error as MessageLike).message);
  if (message) return [message];
  if (text(error.statusText)) return [String(error.statusText)];
  return [];
}

/**
 * Reduces one or many errors of any shape (UI API, GraphQL, network, JS) to their unique messages
 * as the platform wrote them; never throws. It holds no sentence of its own: c-error-panel says
 * "no access", "network" and "something went wrong" in Custom Labels, by the kind of the errors.
 */
export function reduceErrors(errors: unknown): string[] {
  return [...new Set(collect(errors))];
}

/** True when errors holds a failure at all (an empty list or nothing is no failure). */
export function hasErrors(errors: unknown): boolean {
  return !(
    errors === undefined ||
    errors === null ||
    (Array.isArray(errors) && errors.length === 0)
  );
}

/** What a screen shows for its errors: null when there are none, 'noAccess' as a normal state, else 'error'. */
export function errorState(errors: unknown): 'noAccess' | 'error' | null {
  if (!hasErrors(errors)) return null;
  return classifyErrors(errors) === 'noAccess' ? 'noAccess' : 'error';
}

/** Names the kind of failure behind errors: noAccess, network, conflict, validation or unknown. */
export function classifyErrors(errors: unknown): ErrorKind {
  const raw = JSON.stringify(rawCodes(errors));
  if (NETWORK_PATTERN.test(raw)) return 'network';
  if (NO_ACCESS_PATTERN.test(raw)) return 'noAccess';
  if (CONFLICT_PATTERN.test(raw)) return 'conflict';
  if (VALIDATION_PATTERN.test(raw)) return 'validation';
  return 'unknown';
}

/** Collects messages and error codes (not rewritten) for classification. */
function rawCodes(error: unknown): string[] {
  if (error === null || error === undefined) return [];
  if (typeof error === 'string') return [error];
  if (Array.isArray(error)) return error.flatMap(rawCodes);
  if (!isObject(error)) return [String(error)];
  const own = [error.message, error.errorCode, error.statusCode]
    .concat(isObject(error.extensions) ? Object.values(error.extensions) : [])
    .filter((v) => typeof v === 'string' || typeof v === 'number')
    .map(String);
  const nested = [error.errors, error.body, isObject(error.body) ? error.body.output : undefined]
    .concat(isObject(error.fieldErrors) ? Object.values(error.fieldErrors) : [])
    .flatMap(rawCodes);
  return [...own, ...nested];
}

/** What a person is shown of errors: sentences meant for them, and raw details kept apart. */
export interface UserFacingErrors {
  kind: ErrorKind;
  /** Messages written for users (validation rules, duplicates); never a platform diagnostic. */
  sentences: string[];
  /** Raw platform messages, for a collapsed "details" at most; empty for no access and network. */
  details: string[];
}

// GraphQL query diagnostics and API codes: true of text no user should read as the message.
const RAW_PATTERN =
  /Validation error|ValidationError|FieldUndefined|UnknownType|WrongType|in type '|is undefined|@\[|\b[A-Z]{3,}(?:_[A-Z]+)+\b|Exception|stack|\bat \w+ \(/;

/**
 * Splits errors into what a person may read and what only an admin should: no access and network
 * failures show no raw text at all (the panel's sentence says what to ask for or do); otherwise
 * sentences written for people (validation rules, duplicates, the package's own checks) are shown
 * and platform diagnostics (GraphQL validation, API codes) become details.
 */
export function userFacingErrors(errors: unknown): UserFacingErrors {
  const kind = classifyErrors(errors);
  if (kind === 'noAccess' || kind === 'network') return { kind, sentences: [], details: [] };
  const messages = reduceErrors(errors);
  return {
    kind,
    sentences: messages.filter((message) => !RAW_PATTERN.test(message)),
    details: messages.filter((message) => RAW_PATTERN.test(message))
  };
}

// UI API GraphQL wraps every field as `{ value, displayValue }`; a field or parent the user
// cannot see comes back null. These helpers unwrap once, at the mapping boundary.

/** One wrapped field as the UI API returns it. */
export interface FieldValue<T = unknown> {
  value?: T | null;
  displayValue?: string | null;
}

/** Any wrapped field (or a missing / inaccessible one). */
export type Field<T = unknown> = FieldValue<T> | null | undefined;

/** A Relay connection as the UI API returns it. */
export interface Connection<TNode> {
  edges?: ({ node?: TNode | null } | null)[] | null;
  pageInfo?: { hasNextPage?: boolean | null; endCursor?: string | null } | null;
  totalCount?: number | null;
}

/** The field's value as trimmed-free text, or null when missing, empty or not a string/number. */
export function text(field: Field): string | null {
  const value = field?.value;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** The field's value as a finite number (numeric strings accepted), else null (missing, NaN, garbage). */
export function numberOrNull(field: Field): number | null {
  const value = field?.value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}

/** The field's value as a boolean: true only for true or "true"; anything else is false. */
export function flag(field: Field): boolean {
  const value = field?.value;
  return value === true || value === 'true';
}

/** The non-null nodes of a connection, in order; [] for a missing connection. */
export function nodesOf<TNode>(connection: Connection<TNode> | null | undefined): TNode[] {
  const nodes: TNode[] = [];
  for (const edge of connection?.edges ?? []) {
    if (edge?.node) nodes.push(edge.node);
  }
  return nodes;
}

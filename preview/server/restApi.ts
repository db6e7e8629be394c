// The org's REST endpoints an API client (the org acceptance check) uses, answered by the
// preview org: POST /services/data/v66.0/graphql (the UI API GraphQL endpoint, Bearer token)
// and GET /services/data/v66.0/query?q=<SOQL> for the few read-only setup objects the
// post-install checklist reads (FlowDefinitionView, CustomNotificationType,
// PermissionSetAssignment, PermissionSet, FieldPermissions, Organization).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { loadNotificationTypes } from '../emulator/flow/notifications';
import type { Emulator, GraphQLRequest, PreviewUser } from '../emulator/index';
import { loadPermissionSets } from '../../tools/shared/schema/permissions';

/** The API version the package is built for; the REST paths carry it. */
export const API_VERSION = 'v66.0';
/** Base path of the org's REST API in the preview. */
export const REST_BASE = `/services/data/${API_VERSION}`;
/** The access token the preview accepts for its admin-like integration user. */
export const PREVIEW_TOKEN = 'preview';

/** One REST error as the org's REST API returns it (the body is an array of these). */
export interface RestError {
  message: string;
  errorCode: string;
}

/** A REST answer: status and JSON body. */
export interface RestAnswer {
  status: number;
  body: unknown;
}

const unauthorized = (): RestAnswer => ({
  status: 401,
  body: [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]
});

/** The user a Bearer token stands for: `preview` is the integration user; a preview user's Id or permission set name is that user. */
export function userForToken(
  emulator: Emulator,
  authorization: string | undefined
): PreviewUser | null {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  if (!match) return null;
  const token = match[1];
  if (token === PREVIEW_TOKEN) return emulator.integrationUser?.() ?? null;
  return emulator.users().find((u) => u.id === token || u.permissionSet === token) ?? null;
}

interface FlowRow {
  ApiName: string;
  Label: string;
  ProcessType: string;
  IsActive: boolean;
}

/** FlowDefinitionView rows of the flows the package ships (status Active in the metadata = active). */
export function shippedFlows(flowsDir: string): FlowRow[] {
  const parser = new XMLParser();
  return readdirSync(flowsDir)
    .filter((name) => name.endsWith('.flow-meta.xml'))
    .sort()
    .map((name) => {
      const flow = parser.parse(readFileSync(join(flowsDir, name), 'utf8')).Flow ?? {};
      return {
        ApiName: name.replace(/\.flow-meta\.xml$/, ''),
        Label: String(flow.label ?? ''),
        ProcessType: String(flow.processType ?? ''),
        IsActive: flow.status === 'Active'
      };
    });
}

type Row = Record<string, unknown>;

/** `SELECT a, b.c FROM Object [WHERE field IN ('x', ...)]`: the only SOQL shape the preview answers. */
const SOQL =
  /^\s*SELECT\s+([\w.,\s]+?)\s+FROM\s+(\w+)(?:\s+WHERE\s+([\w.]+)\s+IN\s*\(([^)]*)\))?\s*$/i;

function pick(row: Row, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v as Row | null)?.[key] ?? null, row);
}

function project(type: string, row: Row, fields: string[]): Row {
  const out: Row = { attributes: { type } };
  for (const field of fields) {
    const [head, ...rest] = field.split('.');
    if (rest.length === 0) out[head] = row[head] ?? null;
    else {
      const parent = (out[head] as Row | undefined) ?? { attributes: { type: head } };
      parent[rest.join('.')] = pick(row, field);
      out[head] = parent;
    }
  }
  return out;
}

/** Answers one SOQL query of the setup objects the checklist reads, as the REST query resource does. */
export function answerQuery(
  emulator: Emulator,
  flowsDir: string,
  soql: string,
  today: Date = new Date()
): RestAnswer {
  const match = SOQL.exec(soql);
  const tables: Record<string, () => Row[]> = {
    FlowDefinitionView: () => shippedFlows(flowsDir) as unknown as Row[],
    CustomNotificationType: () => loadNotificationTypes([join(flowsDir, '..')]),
    PermissionSetAssignment: () =>
      emulator.users().map((u) => ({ AssigneeId: u.id, PermissionSet: { Name: u.permissionSet } })),
    PermissionSet: () =>
      Object.keys(loadPermissionSets(dirname(flowsDir))).map((Name) => ({ Name })),
    FieldPermissions: () =>
      Object.values(loadPermissionSets(dirname(flowsDir))).flatMap((set) =>
        Object.entries(set.fields).map(([Field, access]) => ({
          Field,
          SobjectType: Field.split('.')[0],
          PermissionsRead: access.read || access.edit,
          PermissionsEdit: access.edit,
          Parent: { Name: set.name }
        }))
      ),
    Organization: () => [
      {
        Id: '00D000000000001AAA',
        Name: 'Preview org',
        IsSandbox: true,
        OrganizationType: 'Developer Edition',
        TrialExpirationDate: new Date(today.getTime() + 30 * 86_400_000).toISOString()
      }
    ]
  };
  const table = match ? tables[match[2]] : undefined;
  if (!match || !table) {
    return {
      status: 400,
      body: [
        {
          message: `The preview org answers only SELECT ... FROM ${Object.keys(tables).join(' | ')} [WHERE field IN (...)]`,
          errorCode: 'MALFORMED_QUERY'
        }
      ]
    };
  }
  const fields = match[1].split(',').map((f) => f.trim());
  const wanted = match[4]
    ?.split(',')
    .map((v) => v.trim().replace(/^'(.*)'$/, '$1'))
    .filter(Boolean);
  const rows = table().filter((row) => !wanted || wanted.includes(String(pick(row, match[3]))));
  const records = rows.map((row) => project(match[2], row, fields));
  return { status: 200, body: { totalSize: records.length, done: true, records } };
}

/** Runs a REST GraphQL request as the token's user: 401 without a valid token, else `{data, errors}`. */
export async function answerGraphql(
  emulator: Emulator,
  authorization: string | undefined,
  body: Record<string, unknown>
): Promise<RestAnswer> {
  const user = userForToken(emulator, authorization);
  if (!user) return unauthorized();
  if (typeof body.query !== 'string' || body.query.trim() === '') {
    return {
      status: 400,
      body: [
        { message: 'A GraphQL request needs a "query" string', errorCode: 'JSON_PARSER_ERROR' }
      ]
    };
  }
  const result = await emulator.execute(body as unknown as GraphQLRequest, user.id);
  return { status: 200, body: { data: result.data ?? null, errors: result.errors ?? [] } };
}

/** Whether a REST request carries a token the preview accepts (the query resource needs one too). */
export function authorized(
  emulator: Emulator,
  authorization: string | undefined
): RestAnswer | null {
  return userForToken(emulator, authorization) ? null : unauthorized();
}

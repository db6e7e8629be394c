// The custom notification action (actionType customNotificationAction). The emulator sends
// nothing: each call is recorded in an outbox that tests read to see who would be told what.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { makeRecordId } from '../../../tools/shared/sampleData/ids';
import type { SObject } from '../store';
import { fail, valueOf, type Interview } from './interview';
import type { FlowData } from './model';

/** One notification as the org would send it to each recipient. */
export interface SentNotification {
  flow: string;
  element: string;
  /** DeveloperName of the custom notification type. */
  type: string;
  recipientIds: string[];
  title: string;
  body: string;
  targetId: string | null;
  /** The running user whose change caused it. */
  senderId: string;
  at: string;
}

/** Key prefix of CustomNotificationType records. */
export const NOTIFICATION_TYPE_PREFIX = '0ML';
/** Limits of the action's inputs. */
export const MAX_RECIPIENTS = 500;
export const MAX_TITLE = 250;
export const MAX_BODY = 750;

/** CustomNotificationType records from the notificationtypes/ folders of `dirs` (Id, DeveloperName, CustomNotifTypeName). */
export function loadNotificationTypes(dirs: string[]): SObject[] {
  const out: SObject[] = [];
  for (const dir of dirs) {
    const folder = join(dir, 'notificationtypes');
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder)
      .filter((f) => f.endsWith('.notiftype-meta.xml'))
      .sort()) {
      const xml = readFileSync(join(folder, file), 'utf8');
      const label = /<masterLabel>([^<]*)<\/masterLabel>/.exec(xml)?.[1] ?? '';
      out.push({
        Id: makeRecordId(NOTIFICATION_TYPE_PREFIX, out.length + 1),
        DeveloperName: file.replace('.notiftype-meta.xml', ''),
        CustomNotifTypeName: label
      });
    }
  }
  return out;
}

const str = (v: unknown) => (v === undefined || v === null ? '' : String(v).trim());

function text(it: Interview, name: string, v: FlowData, max: number, required: boolean): string {
  const s = v === null ? '' : String(v);
  if (required && !s) return fail(it, `the notification's ${name} is required`);
  if (s.length > max)
    return fail(it, `the notification's ${name} is longer than ${max} characters`);
  return s;
}

/** Runs a Send Custom Notification action: validates its inputs and appends to the outbox. */
export function sendCustomNotification(it: Interview, body: any, outbox: SentNotification[]): void {
  const inputs = new Map<string, FlowData>();
  for (const p of [body.inputParameters ?? []].flat())
    inputs.set(str(p.name), valueOf(it, p.value));
  const typeId = inputs.get('customNotifTypeId');
  const types = it.env.setup.get('CustomNotificationType') ?? [];
  const type = types.find(
    (t) => typeof typeId === 'string' && t.Id.slice(0, 15) === typeId.slice(0, 15)
  );
  if (!type) return fail(it, `customNotifTypeId ${String(typeId)} is no custom notification type`);
  const raw = inputs.get('recipientIds');
  const recipients = (
    Array.isArray(raw) ? raw : raw === null || raw === undefined ? [] : [raw]
  ).map((r) => String(r));
  if (!recipients.length) return fail(it, 'recipientIds is empty');
  if (recipients.length > MAX_RECIPIENTS)
    return fail(
      it,
      `recipientIds holds ${recipients.length} values; the limit is ${MAX_RECIPIENTS}`
    );
  for (const r of recipients)
    if (!it.env.store.table('User').has(r) && !/^005/.test(r))
      return fail(it, `recipient ${r} is not a user; only user recipients are emulated`);
  const targetId = inputs.get('targetId');
  outbox.push({
    flow: it.flow.name,
    element: it.element!,
    type: String(type.DeveloperName),
    recipientIds: recipients,
    title: text(it, 'title', inputs.get('title') ?? null, MAX_TITLE, true),
    body: text(it, 'body', inputs.get('body') ?? null, MAX_BODY, true),
    targetId: targetId === null || targetId === undefined ? null : String(targetId),
    senderId: it.env.userId,
    at: it.env.now
  });
}

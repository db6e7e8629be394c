// The record-triggered flows of the package, loaded from their XML and run where the org runs
// them in a save: before-save flows before validation, after-save flows after the record is
// written (inside the transaction), asynchronous paths after the transaction commits.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { OrgDescribe } from '../../../tools/shared/schema/describe';
import type { SObject } from '../store';
import { recordPredicate } from './conditions';
import { runFrom } from './elements';
import { evaluateFormulaText } from './formulas';
import { newInterview, type FlowEnvironment, type Interview } from './interview';
import { FlowError, type FlowDefinition } from './model';
import { loadNotificationTypes, type SentNotification } from './notifications';
import { readFlow } from './parse';

/** An asynchronous path waiting for its transaction to commit. */
export interface AsyncPathRun {
  flow: FlowDefinition;
  path: string;
  object: string;
  record: SObject;
  prior: SObject | undefined;
  userId: string;
}

/** An asynchronous path that failed: its own work rolled back, the triggering save kept. */
export interface AsyncPathFailure {
  flow: string;
  path: string;
  recordId: string;
  message: string;
}

export type SaveEvent = 'Create' | 'Update' | 'Delete';

/** True for a screen flow (process type Flow): its file declares `<processType>Flow</processType>`. */
export function isScreenFlow(xml: string): boolean {
  return /<processType>\s*Flow\s*<\/processType>/.test(xml);
}

/** Every active record-triggered flow of `dirs`' flows/ folders, validated; throws on anything unsupported. */
export function loadFlows(dirs: string[], org: OrgDescribe): FlowDefinition[] {
  const flows: FlowDefinition[] = [];
  for (const dir of dirs) {
    const folder = join(dir, 'flows');
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder)
      .filter((f) => f.endsWith('.flow-meta.xml'))
      .sort()) {
      // A screen flow runs in the UI (the preview's /flow pages host its screen component), not on save.
      if (isScreenFlow(readFileSync(join(folder, file), 'utf8'))) continue;
      const flow = readFlow(join(folder, file));
      if (flow.status !== 'Active') continue;
      const s = flow.start;
      if (!s.triggerType) continue;
      if (flow.processType !== 'AutoLaunchedFlow')
        throw new FlowError(
          flow.name,
          null,
          `process type ${flow.processType} is not supported by the emulator`
        );
      if (!['RecordBeforeSave', 'RecordAfterSave', 'RecordBeforeDelete'].includes(s.triggerType))
        throw new FlowError(
          flow.name,
          'start',
          `trigger type ${s.triggerType} is not supported by the emulator`
        );
      if (!s.object || !org[s.object])
        throw new FlowError(flow.name, 'start', `object ${s.object ?? '(none)'} is not in the org`);
      if (!['Create', 'Update', 'CreateAndUpdate', 'Delete'].includes(s.recordTriggerType ?? ''))
        throw new FlowError(
          flow.name,
          'start',
          `record trigger type ${s.recordTriggerType} is not supported`
        );
      if (s.scheduledPaths.length && s.triggerType !== 'RecordAfterSave')
        throw new FlowError(flow.name, 'start', 'only after-save flows have asynchronous paths');
      flows.push(flow);
    }
  }
  // Trigger order first, then API name (the order the org uses for flows of one object and timing).
  return flows.sort(
    (a, b) =>
      (a.triggerOrder ?? Infinity) - (b.triggerOrder ?? Infinity) || a.name.localeCompare(b.name)
  );
}

/** The active autolaunched flows without a trigger of `dirs`' flows/ folders, by API name. */
export function loadSubflows(dirs: string[]): Map<string, FlowDefinition> {
  const out = new Map<string, FlowDefinition>();
  for (const dir of dirs) {
    const folder = join(dir, 'flows');
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.flow-meta.xml'))) {
      if (isScreenFlow(readFileSync(join(folder, file), 'utf8'))) continue;
      const flow = readFlow(join(folder, file));
      if (flow.status === 'Active' && !flow.start.triggerType) {
        if (flow.processType !== 'AutoLaunchedFlow')
          throw new FlowError(
            flow.name,
            null,
            `process type ${flow.processType} is not supported by the emulator`
          );
        out.set(flow.name, flow);
      }
    }
  }
  return out;
}

function fires(flow: FlowDefinition, event: SaveEvent): boolean {
  const t = flow.start.recordTriggerType;
  return t === event || (t === 'CreateAndUpdate' && event !== 'Delete');
}

/** Whether the start's entry conditions hold for the record (and prior, on update). */
function entryHolds(it: Interview): boolean {
  const s = it.flow.start;
  const holds = (rec: SObject, prior: SObject | undefined): boolean => {
    const view: Interview = { ...it, record: rec, prior };
    if (s.filterFormula) {
      const v = evaluateFormulaText(view, s.filterFormula);
      return v.dataType === 'checkbox' && v.value === true;
    }
    if (!s.filters.length) return true;
    return recordPredicate(view, it.object, s.filterLogic, s.filters, () => prior, false)(rec);
  };
  if (!holds(it.record!, it.prior)) return false;
  // "Only when a record is updated to meet the condition requirements": not if it met them before.
  if (s.doesRequireRecordChangedToMeetCriteria && it.prior) return !holds(it.prior, undefined);
  return true;
}

/** The loaded flows and what they produced: the outbox and the failed asynchronous paths. */
export class FlowRuntime {
  readonly outbox: SentNotification[] = [];
  readonly asyncFailures: AsyncPathFailure[] = [];
  readonly notificationTypes: SObject[];
  /** What Subflow elements may call: the active autolaunched flows without a trigger. */
  readonly subflows: ReadonlyMap<string, FlowDefinition>;

  constructor(
    readonly flows: FlowDefinition[],
    metadataDirs: string[]
  ) {
    this.notificationTypes = loadNotificationTypes(metadataDirs);
    this.subflows = loadSubflows(metadataDirs);
    for (const flow of [...flows, ...this.subflows.values()])
      for (const el of flow.elements.values())
        if (el.kind === 'subflows' && !this.subflows.has(String(el.body.flowName).trim()))
          throw new FlowError(
            flow.name,
            el.name,
            `subflow ${String(el.body.flowName).trim()} is not an active autolaunched flow of the package`
          );
  }

  private matching(object: string, timing: string, event: SaveEvent) {
    return this.flows.filter(
      (f) => f.start.object === object && f.start.triggerType === timing && fires(f, event)
    );
  }

  /** Runs the before-save flows on `rec` (changed in place), in order; prior is the stored record on update. */
  beforeSave(env: FlowEnvironment, object: string, rec: SObject, prior: SObject | undefined): void {
    for (const flow of this.matching(object, 'RecordBeforeSave', prior ? 'Update' : 'Create')) {
      const it = newInterview(flow, env, object, rec, prior);
      if (entryHolds(it))
        runFrom(it, flow.start.connector?.targetReference ?? null, {
          beforeSave: true,
          outbox: this.outbox,
          subflows: this.subflows
        });
    }
  }

  /** Runs the before-delete flows of a record about to be deleted. */
  beforeDelete(env: FlowEnvironment, object: string, rec: SObject): void {
    for (const flow of this.matching(object, 'RecordBeforeDelete', 'Delete')) {
      const it = newInterview(flow, env, object, { ...rec }, undefined);
      if (entryHolds(it))
        runFrom(it, flow.start.connector?.targetReference ?? null, {
          beforeSave: false,
          outbox: this.outbox,
          subflows: this.subflows
        });
    }
  }

  /** Runs the after-save flows' immediate paths; returns their asynchronous paths to run after commit. */
  afterSave(
    env: FlowEnvironment,
    object: string,
    rec: SObject,
    prior: SObject | undefined
  ): AsyncPathRun[] {
    const queued: AsyncPathRun[] = [];
    for (const flow of this.matching(object, 'RecordAfterSave', prior ? 'Update' : 'Create')) {
      const it = newInterview(flow, env, object, { ...rec }, prior);
      if (!entryHolds(it)) continue;
      runFrom(it, flow.start.connector?.targetReference ?? null, {
        beforeSave: false,
        outbox: this.outbox,
        subflows: this.subflows
      });
      for (const p of flow.start.scheduledPaths)
        queued.push({ flow, path: p.name, object, record: { ...rec }, prior, userId: env.userId });
    }
    return queued;
  }

  /** Runs one asynchronous path in its own interview (the caller owns its transaction). */
  runAsyncPath(env: FlowEnvironment, run: AsyncPathRun): void {
    const path = run.flow.start.scheduledPaths.find((p) => p.name === run.path)!;
    const it = newInterview(run.flow, env, run.object, { ...run.record }, run.prior);
    runFrom(it, path.connector?.targetReference ?? null, {
      beforeSave: false,
      outbox: this.outbox,
      subflows: this.subflows
    });
  }
}

// Reads a .flow-meta.xml into a FlowDefinition and refuses, naming the flow and the element,
// anything the emulator cannot run faithfully (screens, waits, actions other than custom
// notifications...).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import {
  FlowError,
  type FlowCondition,
  type FlowDefinition,
  type FlowElement,
  type FlowRecordFilter,
  type FlowValue
} from './model';

const LISTS = [
  'assignments',
  'assignmentItems',
  'decisions',
  'rules',
  'conditions',
  'formulas',
  'variables',
  'constants',
  'textTemplates',
  'recordLookups',
  'recordUpdates',
  'recordCreates',
  'recordDeletes',
  'loops',
  'actionCalls',
  'subflows',
  'inputParameters',
  'outputParameters',
  'inputAssignments',
  'outputAssignments',
  'filters',
  'scheduledPaths',
  'queriedFields',
  'processMetadataValues'
];

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => LISTS.includes(name)
});

/** Elements the interpreter runs, by their XML list name. */
export const RUNNABLE = [
  'assignments',
  'decisions',
  'recordLookups',
  'recordUpdates',
  'recordCreates',
  'recordDeletes',
  'loops',
  'actionCalls',
  'subflows'
];
const RESOURCES = ['variables', 'formulas', 'constants', 'textTemplates'];
/** Top-level entries that describe the flow without changing what it does. */
const DESCRIPTIVE = [
  'apiVersion',
  'areMetricsLoggedToDataCloud',
  'description',
  'environments',
  'interviewLabel',
  'label',
  'processMetadataValues',
  'processType',
  'runInMode',
  'start',
  'status',
  'triggerOrder',
  'isTemplate',
  'isAdditionalPermissionRequiredToRun'
];

/** Decision and filter operators the interpreter implements. */
export const OPERATORS = [
  'EqualTo',
  'NotEqualTo',
  'GreaterThan',
  'LessThan',
  'GreaterThanOrEqualTo',
  'LessThanOrEqualTo',
  'StartsWith',
  'EndsWith',
  'Contains',
  'IsNull',
  'IsBlank',
  'IsEmpty',
  'IsChanged',
  'In',
  'NotIn'
];
/** Assignment operators the interpreter implements. */
export const ASSIGNMENT_OPERATORS = [
  'Assign',
  'Add',
  'Subtract',
  'AddItem',
  'AddAtStart',
  'RemoveAll',
  'RemoveFirst',
  'AssignCount'
];

const str = (v: unknown): string =>
  v === undefined || v === null ? '' : String(v).replace(/\s+/g, ' ').trim();
const list = (v: unknown): any[] => (v === undefined || v === '' ? [] : [v].flat());

function value(v: any): FlowValue | undefined {
  if (v === undefined || v === '') return undefined;
  const out: FlowValue = {};
  for (const k of Object.keys(v)) (out as any)[k] = String(v[k]);
  return out;
}

function condition(c: any): FlowCondition {
  return {
    leftValueReference: str(c.leftValueReference),
    operator: str(c.operator),
    rightValue: value(c.rightValue)
  };
}

/** Record filters of an element or the start. */
export function filtersOf(x: any): FlowRecordFilter[] {
  return list(x?.filters).map((f) => ({
    field: str(f.field),
    operator: str(f.operator),
    value: value(f.value)
  }));
}

function checkOperators(flow: string, element: string, operators: string[], known: string[]) {
  for (const op of operators)
    if (!known.includes(op))
      throw new FlowError(flow, element, `operator ${op} is not supported by the emulator`);
}

/** Parses flow XML text; `name` is the flow's API name. Throws a FlowError on anything unsupported. */
export function parseFlow(name: string, xml: string): FlowDefinition {
  const doc = parser.parse(xml) as Record<string, any>;
  const f = doc.Flow;
  if (!f) throw new FlowError(name, null, 'the file holds no <Flow> root');
  for (const key of Object.keys(f)) {
    if (!RUNNABLE.includes(key) && !RESOURCES.includes(key) && !DESCRIPTIVE.includes(key)) {
      const first = list(f[key])[0];
      throw new FlowError(
        name,
        first?.name ? str(first.name) : null,
        `element type <${key}> is not supported by the emulator`
      );
    }
  }
  const s = f.start ?? {};
  const start = {
    object: str(s.object) || undefined,
    recordTriggerType: str(s.recordTriggerType) || undefined,
    triggerType: str(s.triggerType) || undefined,
    filterLogic: str(s.filterLogic) || undefined,
    filters: filtersOf(s),
    filterFormula: str(s.filterFormula) || undefined,
    doesRequireRecordChangedToMeetCriteria:
      str(s.doesRequireRecordChangedToMeetCriteria) === 'true',
    connector: s.connector ? { targetReference: str(s.connector.targetReference) } : undefined,
    scheduledPaths: list(s.scheduledPaths).map((p) => ({
      name: str(p.name),
      pathType: str(p.pathType) || undefined,
      connector: p.connector ? { targetReference: str(p.connector.targetReference) } : undefined
    }))
  };
  checkOperators(
    name,
    'start',
    start.filters.map((x) => x.operator),
    OPERATORS
  );
  for (const p of start.scheduledPaths)
    if (p.pathType !== 'AsyncAfterCommit')
      throw new FlowError(
        name,
        p.name,
        `scheduled path type ${p.pathType ?? '(time-based)'} is not supported by the emulator; only AsyncAfterCommit`
      );
  const elements = new Map<string, FlowElement>();
  for (const kind of RUNNABLE) {
    for (const body of list(f[kind])) {
      const el: FlowElement = { kind, name: str(body.name), body };
      if (kind === 'decisions') {
        body.rules = list(body.rules).map((r: any) => ({
          name: str(r.name),
          conditionLogic: str(r.conditionLogic) || 'and',
          conditions: list(r.conditions).map(condition),
          connector: r.connector
            ? { targetReference: str(r.connector.targetReference) }
            : undefined,
          doesRequireRecordChangedToMeetCriteria:
            str(r.doesRequireRecordChangedToMeetCriteria) === 'true'
        }));
        checkOperators(
          name,
          el.name,
          body.rules.flatMap((r: any) => r.conditions.map((c: FlowCondition) => c.operator)),
          OPERATORS
        );
        if (body.rules.some((r: any) => r.doesRequireRecordChangedToMeetCriteria))
          throw new FlowError(
            name,
            el.name,
            'outcomes that run only when the record changed to meet them are not supported by the emulator'
          );
      }
      if (kind === 'assignments')
        checkOperators(
          name,
          el.name,
          list(body.assignmentItems).map((i) => str(i.operator)),
          ASSIGNMENT_OPERATORS
        );
      if (['recordLookups', 'recordUpdates', 'recordDeletes'].includes(kind))
        checkOperators(
          name,
          el.name,
          filtersOf(body).map((x) => x.operator),
          OPERATORS
        );
      if (kind === 'subflows' && !str(body.flowName))
        throw new FlowError(name, el.name, 'the subflow names no flow (flowName)');
      if (kind === 'actionCalls' && str(body.actionType) !== 'customNotificationAction')
        throw new FlowError(
          name,
          el.name,
          `action type ${str(body.actionType)} is not supported by the emulator; only customNotificationAction`
        );
      elements.set(el.name, el);
    }
  }
  const triggerOrder = str(f.triggerOrder);
  return {
    name,
    label: str(f.label),
    processType: str(f.processType),
    runInMode: str(f.runInMode) || 'DefaultMode',
    status: str(f.status) || 'Draft',
    triggerOrder: triggerOrder ? Number(triggerOrder) : null,
    start,
    elements,
    variables: new Map(
      list(f.variables).map((v) => [
        str(v.name),
        {
          name: str(v.name),
          dataType: str(v.dataType),
          isCollection: str(v.isCollection) === 'true',
          objectType: str(v.objectType) || undefined,
          value: value(v.value),
          isInput: str(v.isInput) === 'true',
          isOutput: str(v.isOutput) === 'true'
        }
      ])
    ),
    formulas: new Map(
      list(f.formulas).map((x) => [
        str(x.name),
        { name: str(x.name), dataType: str(x.dataType), expression: str(x.expression) }
      ])
    ),
    constants: new Map(list(f.constants).map((c) => [str(c.name), value(c.value) ?? {}])),
    textTemplates: new Map(list(f.textTemplates).map((t) => [str(t.name), String(t.text ?? '')]))
  };
}

/** Reads and parses one .flow-meta.xml file. */
export function readFlow(path: string): FlowDefinition {
  return parseFlow(basename(path).replace(/\.flow-meta\.xml$/, ''), readFileSync(path, 'utf8'));
}

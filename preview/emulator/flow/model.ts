// The parts of a flow definition (Metadata API type Flow) the emulator runs, as parsed from XML.
import type { FieldValue, SObject } from '../store';

/** A FlowElementReferenceOrValue: exactly one of a literal or a reference. */
export interface FlowValue {
  stringValue?: string;
  booleanValue?: string;
  numberValue?: string;
  dateValue?: string;
  dateTimeValue?: string;
  elementReference?: string;
  formulaExpression?: string;
}

/** A decision or start condition: leftValueReference operator rightValue. */
export interface FlowCondition {
  leftValueReference: string;
  operator: string;
  rightValue?: FlowValue;
}

/** A record filter (Get/Update/Delete Records, start): field operator value. */
export interface FlowRecordFilter {
  field: string;
  operator: string;
  value?: FlowValue;
}

export interface FlowConnector {
  targetReference: string;
}

export interface FlowRule {
  name: string;
  conditionLogic: string;
  conditions: FlowCondition[];
  connector?: FlowConnector;
  doesRequireRecordChangedToMeetCriteria?: boolean;
}

export interface FlowAssignmentItem {
  assignToReference: string;
  operator: string;
  value?: FlowValue;
}

export interface FlowVariable {
  name: string;
  dataType: string;
  isCollection: boolean;
  objectType?: string;
  value?: FlowValue;
  /** Set by the caller of a subflow (isInput) / read back by it (isOutput). */
  isInput?: boolean;
  isOutput?: boolean;
}

export interface FlowFormula {
  name: string;
  dataType: string;
  expression: string;
}

export interface FlowScheduledPath {
  name: string;
  pathType?: string;
  connector?: FlowConnector;
}

export interface FlowStart {
  object?: string;
  recordTriggerType?: string;
  triggerType?: string;
  filterLogic?: string;
  filters: FlowRecordFilter[];
  filterFormula?: string;
  doesRequireRecordChangedToMeetCriteria: boolean;
  connector?: FlowConnector;
  scheduledPaths: FlowScheduledPath[];
}

/** One runnable element: its kind (the XML list it came from), name and raw parsed body. */
export interface FlowElement {
  kind: string;
  name: string;
  body: Record<string, any>;
}

export interface FlowDefinition {
  name: string;
  label: string;
  processType: string;
  /** runInMode: DefaultMode, SystemModeWithSharing or SystemModeWithoutSharing. */
  runInMode: string;
  status: string;
  triggerOrder: number | null;
  start: FlowStart;
  elements: Map<string, FlowElement>;
  variables: Map<string, FlowVariable>;
  formulas: Map<string, FlowFormula>;
  constants: Map<string, FlowValue>;
  textTemplates: Map<string, string>;
}

/** A value a flow holds: a field value, a record, or a collection of either. */
export type FlowData = FieldValue | SObject | FlowData[];

/** Fails loudly with the flow and element named. */
export class FlowError extends Error {
  constructor(flow: string, element: string | null, message: string) {
    super(`Flow ${flow}${element ? `, element ${element}` : ''}: ${message}`);
    this.name = 'FlowError';
  }
}

// A field a before-save flow computes must not be required where a person or a create request
// has to supply it first: a required createable field is non-null in the GraphQL create input
// (so a create that leaves it to the flow is refused before the flow runs), and a layout item
// marked Required makes a person type a value they cannot compute (issue 15, item 1).
import {
  childText,
  childrenNamed,
  componentName,
  parentObjectOf,
  type MetadataDocument,
  type PackageIndex
} from './packageIndex';
import type { Report } from './refChecks';
import type { XmlElement } from './xmlTree';

/** `object.field` (lower case) of every `$Record` field a before-save flow assigns, with the flow's name. */
export function beforeSaveAssignments(doc: MetadataDocument): Map<string, string> {
  const filled = new Map<string, string>();
  const start = doc.root.children.find((c) => c.name === 'start');
  const object = start ? childText(start, 'object') : undefined;
  if (!start || !object || childText(start, 'triggerType') !== 'RecordBeforeSave') return filled;
  for (const assignment of childrenNamed(doc.root, 'assignments'))
    for (const item of childrenNamed(assignment, 'assignmentItems')) {
      const match = /^\$Record\.([A-Za-z0-9_]+)$/.exec(childText(item, 'assignToReference') ?? '');
      if (match) filled.set(`${object}.${match[1]}`.toLowerCase(), componentName(doc.file));
    }
  return filled;
}

function flowFilling(index: PackageIndex, object: string, field: string): string | undefined {
  return index.flowFilledFields.get(`${object}.${field}`.toLowerCase());
}

/** Reports a custom field marked required that a before-save flow fills. */
export function checkFlowFilledField(
  doc: MetadataDocument,
  index: PackageIndex,
  report: Report
): void {
  const flow = flowFilling(index, parentObjectOf(doc.file), componentName(doc.file));
  const required = doc.root.children.find((c) => c.name === 'required');
  if (flow && required?.text.trim() === 'true')
    report(
      required,
      'required',
      `the before-save flow ${flow} fills this field, so it must not be required (a create input would have to carry it before the flow runs): make it optional and let a validation rule refuse a blank value`
    );
}

/** Reports a layout item marked Required for a field a before-save flow fills. */
export function checkFlowFilledLayoutItem(
  object: string,
  item: XmlElement,
  index: PackageIndex,
  report: Report
): void {
  const field = childText(item, 'field');
  const behavior = item.children.find((c) => c.name === 'behavior');
  const flow = field ? flowFilling(index, object, field) : undefined;
  if (flow && behavior?.text.trim() === 'Required')
    report(
      behavior,
      'layoutSections.layoutColumns.layoutItems.behavior',
      `${field} is filled by the before-save flow ${flow}: a person creating a record cannot compute it, so the layout must not make it Required (use Readonly)`
    );
}

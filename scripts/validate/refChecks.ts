import type { Issue } from './issue';
import {
  findField,
  findObject,
  type MetadataDocument,
  type ObjectInfo,
  type PackageIndex
} from './packageIndex';
import type { XmlElement } from './xmlTree';

/** Records a problem at an element; `path` is relative to the document's root type. */
export type Report = (element: XmlElement, path: string, message: string) => void;

/** Checks the references of one document of a given type. */
export type Checker = (doc: MetadataDocument, index: PackageIndex, report: Report) => void;

/** The issues a checker reports for `doc`, paths prefixed with the document's type. */
export function runChecker(checker: Checker, doc: MetadataDocument, index: PackageIndex): Issue[] {
  const issues: Issue[] = [];
  checker(doc, index, (element, path, message) =>
    issues.push({ file: doc.file, line: element.line, path: `${doc.type}.${path}`, message })
  );
  return issues;
}

/** Checks every custom field or relationship a formula names, from `object`. */
export function formulaReferences(
  index: PackageIndex,
  report: Report,
  element: XmlElement,
  path: string,
  object: string
): void {
  const code = element.text.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\/\*[\s\S]*?\*\//g, '""');
  for (const match of code.matchAll(/(?<![\w$.])([A-Za-z_]\w*(?:\.\w+)*)/g)) {
    const segments = match[1].split('.');
    if (segments.some((s) => /__[cr]$/i.test(s)))
      pathMustResolve(index, report, element, path, object, segments);
  }
}

/** Follows `A__r.B__r.C__c` from `object`; reports the first segment that does not exist. */
export function pathMustResolve(
  index: PackageIndex,
  report: Report,
  element: XmlElement,
  path: string,
  object: string,
  segments: readonly string[]
): void {
  let current = object;
  for (let i = 0; i < segments.length - 1; i++) {
    const segment = segments[i];
    const lookupName = segment.endsWith('__r') ? segment.replace(/__r$/, '__c') : `${segment}Id`;
    const lookup = findField(index, current, lookupName) ?? findField(index, current, segment);
    if (!lookup) {
      if (findObject(index, current))
        report(element, path, `relationship ${current}.${segment} does not exist`);
      else report(element, path, `object ${current} does not exist`);
      return;
    }
    // Standard lookups of the catalog carry no target: past them we cannot check further.
    if (!lookup.referenceTo) return;
    current = lookup.referenceTo;
  }
  fieldMustExist(index, report, element, path, current, segments[segments.length - 1]);
}

/** Resolves a report-type table path `Obj.Child__r.Grandchild__r` to its object. */
export function resolveTable(index: PackageIndex, table: string): ObjectInfo | undefined {
  const [first, ...relationships] = table.split('.');
  let current = findObject(index, first);
  for (const relationship of relationships) {
    if (!current) return undefined;
    const name = relationship.replace(/__r$/, '');
    const parentName = current.name;
    current = [...index.objects.values()].find((candidate) =>
      [...candidate.fields.values()].some(
        (f) => f.referenceTo === parentName && f.relationshipName === name
      )
    );
  }
  return current;
}

/** Reports a missing object or field; returns the field when it exists. */
export function fieldMustExist(
  index: PackageIndex,
  report: Report,
  element: XmlElement,
  path: string,
  object: string,
  field: string
): ReturnType<typeof findField> {
  if (!objectMustExist(index, report, element, path, object)) return undefined;
  const info = findField(index, object, field);
  if (!info) report(element, path, `field ${object}.${field} does not exist`);
  return info;
}

/** Reports an object neither in the package nor in the standard-object catalog. */
export function objectMustExist(
  index: PackageIndex,
  report: Report,
  element: XmlElement,
  path: string,
  object: string
): boolean {
  if (findObject(index, object)) return true;
  report(
    element,
    path,
    `object ${object} does not exist in the package or the standard-object catalog`
  );
  return false;
}

/** Reports a tab that is neither standard (`standard-*`) nor in the package. */
export function tabMustExist(
  index: PackageIndex,
  report: Report,
  element: XmlElement,
  path: string,
  tab: string
): void {
  if (tab.startsWith('standard-') || index.tabs.has(tab)) return;
  report(element, path, `tab '${tab}' does not exist`);
}

/** Reports a missing LWC bundle, or one not exposed for `target` when a target is given. */
export function bundleMustExist(
  index: PackageIndex,
  report: Report,
  element: XmlElement,
  path: string,
  bundle: string,
  target?: string
): void {
  if (!index.lwcBundles.has(bundle)) {
    report(element, path, `Lightning web component '${bundle}' does not exist`);
    return;
  }
  if (!target) return;
  const targets = index.exposedTargets.get(bundle);
  if (!targets)
    report(element, path, `Lightning web component '${bundle}' is not exposed (isExposed)`);
  else if (!targets.has(target))
    report(
      element,
      path,
      `Lightning web component '${bundle}' does not declare the target ${target}`
    );
}

/** Every element under `element`, depth first, with its dotted path. */
export function* descendants(
  element: XmlElement,
  path: string
): Generator<{ element: XmlElement; path: string }> {
  for (const child of element.children) {
    const childPath = path ? `${path}.${child.name}` : child.name;
    yield { element: child, path: childPath };
    yield* descendants(child, childPath);
  }
}

import path from 'node:path';
import { CUSTOM_OBJECT_SYSTEM_FIELDS, STANDARD_OBJECT_FIELDS } from './catalog';
import type { XmlElement } from './xmlTree';

/** A parsed, schema-typed metadata file. */
export interface MetadataDocument {
  /** Path relative to the working directory, as printed in messages. */
  file: string;
  type: string;
  root: XmlElement;
}

/** What the validator knows about one field. */
export interface FieldInfo {
  name: string;
  type?: string;
  required: boolean;
  formula: boolean;
  referenceTo?: string;
  relationshipName?: string;
  /** Declared in the package (vs. a standard field from the catalog). */
  declared: boolean;
}

/** An object the package defines or extends, with its fields keyed by lower-case API name. */
export interface ObjectInfo {
  name: string;
  fields: Map<string, FieldInfo>;
}

/** Every name the package defines, for cross-reference checks. */
export interface PackageIndex {
  objects: Map<string, ObjectInfo>;
  tabs: Set<string>;
  applications: Set<string>;
  flexipages: Set<string>;
  customPermissions: Set<string>;
  /** Flow API names (file names under flows/). */
  flows: Set<string>;
  labels: Set<string>;
  quickActions: Set<string>;
  reportTypes: Set<string>;
  /** Reports as `<Folder>/<Name>`, the way dashboards name them. */
  reports: Set<string>;
  /** Names of the LWC bundle folders. */
  lwcBundles: Set<string>;
  /** Targets of each exposed LWC bundle (from its js-meta.xml); absent when not exposed. */
  exposedTargets: Map<string, Set<string>>;
}

/** Text of the first child element named `name`, trimmed, or undefined. */
export function childText(element: XmlElement, name: string): string | undefined {
  return element.children.find((c) => c.name === name)?.text.trim();
}

/** The child elements named `name`. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

/** The name of the component a source file belongs to, e.g. `Status__c` for `.../Status__c.field-meta.xml`. */
export function componentName(file: string): string {
  return path.basename(file).replace(/\.[^.]+-meta\.xml$/, '');
}

/** The object folder a child file (field, list view, validation rule...) sits in. */
export function parentObjectOf(file: string): string {
  return path.basename(path.dirname(path.dirname(file)));
}

/** Builds the index of names from the parsed documents and the LWC bundle folder names. */
export function buildIndex(
  documents: readonly MetadataDocument[],
  lwcBundles: Iterable<string>
): PackageIndex {
  const index: PackageIndex = {
    objects: new Map(),
    tabs: new Set(),
    applications: new Set(),
    flexipages: new Set(),
    customPermissions: new Set(),
    flows: new Set(),
    labels: new Set(),
    quickActions: new Set(),
    reportTypes: new Set(),
    reports: new Set(),
    lwcBundles: new Set(lwcBundles),
    exposedTargets: new Map()
  };
  for (const doc of documents) {
    const name = componentName(doc.file);
    switch (doc.type) {
      case 'CustomObject':
        objectInfo(index, name);
        break;
      case 'CustomField':
        addField(index, parentObjectOf(doc.file), doc.root, name);
        break;
      case 'CustomTab':
        index.tabs.add(name);
        break;
      case 'CustomApplication':
        index.applications.add(name);
        break;
      case 'FlexiPage':
        index.flexipages.add(name);
        break;
      case 'CustomPermission':
        index.customPermissions.add(name);
        break;
      case 'Flow':
        index.flows.add(name);
        break;
      case 'QuickAction':
        index.quickActions.add(name);
        break;
      case 'ReportType':
        index.reportTypes.add(name);
        break;
      case 'Report':
        index.reports.add(`${path.basename(path.dirname(doc.file))}/${name}`);
        break;
      case 'LightningComponentBundle':
        if (childText(doc.root, 'isExposed') === 'true') {
          const targets = childrenNamed(doc.root, 'targets').flatMap((t) =>
            childrenNamed(t, 'target')
          );
          index.exposedTargets.set(
            path.basename(path.dirname(doc.file)),
            new Set(targets.map((t) => t.text.trim()))
          );
        }
        break;
      case 'CustomLabels':
        childrenNamed(doc.root, 'labels').forEach((l) =>
          index.labels.add(childText(l, 'fullName') ?? '')
        );
        break;
    }
  }
  return index;
}

/** The object named `name`: from the package, or a catalogued standard object, else undefined. */
export function findObject(index: PackageIndex, name: string): ObjectInfo | undefined {
  const key = [...index.objects.keys()].find((k) => k.toLowerCase() === name.toLowerCase());
  if (key) return index.objects.get(key);
  const standard = Object.keys(STANDARD_OBJECT_FIELDS).find(
    (k) => k.toLowerCase() === name.toLowerCase()
  );
  return standard ? objectInfo(index, standard) : undefined;
}

/** The field `field` of object `object`, or undefined when either does not exist. */
export function findField(
  index: PackageIndex,
  object: string,
  field: string
): FieldInfo | undefined {
  return findObject(index, object)?.fields.get(field.toLowerCase());
}

function objectInfo(index: PackageIndex, name: string): ObjectInfo {
  let info = index.objects.get(name);
  if (!info) {
    info = { name, fields: new Map() };
    const standard =
      STANDARD_OBJECT_FIELDS[name] ?? (name.endsWith('__c') ? CUSTOM_OBJECT_SYSTEM_FIELDS : []);
    for (const field of standard) {
      info.fields.set(field.toLowerCase(), {
        name: field,
        required: false,
        formula: false,
        declared: false
      });
    }
    index.objects.set(name, info);
  }
  return info;
}

function addField(index: PackageIndex, object: string, root: XmlElement, name: string): void {
  const type = childText(root, 'type');
  objectInfo(index, object).fields.set(name.toLowerCase(), {
    name,
    type,
    required: childText(root, 'required') === 'true',
    formula: childText(root, 'formula') !== undefined,
    referenceTo: childText(root, 'referenceTo'),
    relationshipName: childText(root, 'relationshipName'),
    declared: true
  });
}

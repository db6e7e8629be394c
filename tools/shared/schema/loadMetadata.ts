// Reads the package's object metadata (objects/*/fields, object files, validation rules) into
// the OrgDescribe the schema generator and the emulator share.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import {
  field,
  systemFields,
  type DataType,
  type FieldDescribe,
  type OrgDescribe
} from './describe';
import { standardObjects } from './standardObjects';

/** The package's source folder (force-app/main/default) from the repository root. */
export const DEFAULT_SOURCE_DIR = resolve(__dirname, '../../../force-app/main/default');

const KEY_PREFIXES: Record<string, string> = {
  Product_Gap__c: 'a01',
  Product_Gap_Submission__c: 'a02',
  Top_Ten_Revision__c: 'a03',
  Top_Ten_Entry__c: 'a04'
};

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) =>
    ['value', 'fieldPermissions', 'objectPermissions', 'customPermissions'].includes(name)
});

/** Parses one metadata XML file into a plain object (values as trimmed strings). */
export function readXml(path: string): Record<string, any> {
  return parser.parse(readFileSync(path, 'utf8')) as Record<string, any>;
}

/** Text of an element, whitespace-collapsed (prettier wraps long values over lines). */
export function text(v: unknown): string {
  return v === undefined || v === null ? '' : String(v).replace(/\s+/g, ' ').trim();
}

const TYPE_MAP: Record<string, DataType> = {
  Text: 'String',
  TextArea: 'TextArea',
  LongTextArea: 'LongTextArea',
  Html: 'LongTextArea',
  Url: 'Url',
  Email: 'Email',
  Phone: 'Phone',
  Picklist: 'Picklist',
  Currency: 'Currency',
  Number: 'Double',
  Percent: 'Percent',
  Checkbox: 'Boolean',
  Date: 'Date',
  DateTime: 'DateTime',
  Lookup: 'ID',
  MasterDetail: 'ID',
  AutoNumber: 'String'
};

/** Turns one CustomField element into a FieldDescribe; throws on an unsupported type. */
export function describeField(x: Record<string, any>): FieldDescribe {
  const name = text(x.fullName);
  const type = text(x.type);
  const dataType = TYPE_MAP[type];
  if (!dataType) throw new Error(`Unsupported field type ${type} on ${name}`);
  const masterDetail = type === 'MasterDetail';
  const values: any[] = x.valueSet?.valueSetDefinition?.value ?? [];
  const defaultPick = values.find((v) => text(v.default) === 'true');
  const length =
    x.length !== undefined
      ? Number(text(x.length))
      : type === 'TextArea'
        ? 255
        : type === 'Url'
          ? 255
          : undefined;
  const lookup = type === 'Lookup' || masterDetail;
  const defaultValue =
    type === 'Checkbox'
      ? text(x.defaultValue) === 'true'
      : defaultPick
        ? text(defaultPick.fullName)
        : undefined;
  return field(name, dataType, {
    label: text(x.label) || name,
    length,
    precision: x.precision !== undefined ? Number(text(x.precision)) : undefined,
    scale: x.scale !== undefined ? Number(text(x.scale)) : undefined,
    required: masterDetail || text(x.required) === 'true',
    unique: text(x.unique) === 'true',
    picklistValues: values.length ? values.map((v) => text(v.fullName)) : undefined,
    restrictedPicklist: values.length ? text(x.valueSet?.restricted) === 'true' : undefined,
    defaultValue,
    referenceTo: lookup ? text(x.referenceTo) : undefined,
    relationshipName: lookup ? name.replace(/__c$/, '__r') : undefined,
    childRelationshipName: lookup ? `${text(x.relationshipName)}__r` : undefined,
    masterDetail: masterDetail || undefined,
    reparentable: masterDetail ? text(x.reparentableMasterDetail) === 'true' : undefined,
    updateable: masterDetail ? text(x.reparentableMasterDetail) === 'true' : true,
    deleteConstraint: masterDetail
      ? 'Cascade'
      : lookup
        ? ((text(x.deleteConstraint) || 'SetNull') as 'SetNull')
        : undefined
  });
}

function listXml(dir: string, suffix: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(suffix))
        .sort()
        .map((f) => join(dir, f))
    : [];
}

/** The whole org description: standard objects + the package's objects and fields, with child relationships. */
export function loadOrgDescribe(sourceDir: string = DEFAULT_SOURCE_DIR): OrgDescribe {
  const org: OrgDescribe = {};
  for (const o of standardObjects()) org[o.name] = o;
  const objectsDir = join(sourceDir, 'objects');
  for (const objectName of existsSync(objectsDir) ? readdirSync(objectsDir).sort() : []) {
    const objectFile = join(objectsDir, objectName, `${objectName}.object-meta.xml`);
    if (!org[objectName]) {
      if (!existsSync(objectFile)) continue;
      const obj = readXml(objectFile).CustomObject ?? {};
      const nameField = obj.nameField ?? {};
      const autoNumber = text(nameField.type) === 'AutoNumber';
      const sharingModel = text(obj.sharingModel) || 'ReadWrite';
      const name = field('Name', 'String', {
        label: text(nameField.label) || 'Name',
        length: 80,
        custom: false,
        alwaysReadable: true,
        required: !autoNumber,
        createable: !autoNumber,
        updateable: !autoNumber
      });
      org[objectName] = {
        name: objectName,
        label: text(obj.label) || objectName,
        custom: true,
        keyPrefix: KEY_PREFIXES[objectName] ?? 'a0Z',
        sharingModel,
        autoNumberFormat: autoNumber ? text(nameField.displayFormat) : undefined,
        fields: Object.fromEntries(
          [...systemFields(sharingModel !== 'ControlledByParent'), name].map((f) => [f.name, f])
        ),
        childRelationships: []
      };
    }
    for (const file of listXml(join(objectsDir, objectName, 'fields'), '.field-meta.xml')) {
      const f = describeField(readXml(file).CustomField ?? {});
      org[objectName].fields[f.name] = f;
    }
  }
  for (const o of Object.values(org)) {
    for (const f of Object.values(o.fields)) {
      if (!f.referenceTo || !f.custom || !org[f.referenceTo]) continue;
      const parent = org[f.referenceTo];
      if (parent.childRelationships.some((c) => c.name === f.childRelationshipName)) continue;
      parent.childRelationships.push({
        name: f.childRelationshipName!,
        childObject: o.name,
        field: f.name,
        cascadeDelete: !!f.masterDetail
      });
    }
  }
  return org;
}

export interface ValidationRuleMeta {
  object: string;
  name: string;
  active: boolean;
  formula: string;
  errorDisplayField?: string;
  errorMessage: string;
  file: string;
}

/** Every validation rule of the package, with its formula as written. */
export function loadValidationRules(sourceDir: string = DEFAULT_SOURCE_DIR): ValidationRuleMeta[] {
  const objectsDir = join(sourceDir, 'objects');
  const rules: ValidationRuleMeta[] = [];
  for (const objectName of existsSync(objectsDir) ? readdirSync(objectsDir).sort() : []) {
    for (const file of listXml(
      join(objectsDir, objectName, 'validationRules'),
      '.validationRule-meta.xml'
    )) {
      const r = readXml(file).ValidationRule ?? {};
      rules.push({
        object: objectName,
        name: text(r.fullName),
        active: text(r.active) === 'true',
        formula: String(r.errorConditionFormula ?? '').trim(),
        errorDisplayField: text(r.errorDisplayField) || undefined,
        errorMessage: text(r.errorMessage),
        file
      });
    }
  }
  return rules;
}

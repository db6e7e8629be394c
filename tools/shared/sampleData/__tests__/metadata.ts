// Test helper: reads the package's object metadata (SFDX source XML), so the generator's
// values are checked against what the org will enforce.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

export const OBJECTS_DIR = join(__dirname, '../../../../force-app/main/default/objects');

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => name === 'value'
});

function readXml(path: string): Record<string, any> {
  return parser.parse(readFileSync(path, 'utf8'));
}

export interface FieldMeta {
  fullName: string;
  type: string;
  required?: string;
  length?: string;
  valueSet?: { valueSetDefinition?: { value: { fullName: string }[] } };
}

/** Custom fields of an object, by API name. */
export function readFields(object: string): Map<string, FieldMeta> {
  const dir = join(OBJECTS_DIR, object, 'fields');
  const fields = new Map<string, FieldMeta>();
  for (const file of readdirSync(dir)) {
    const field = readXml(join(dir, file)).CustomField as FieldMeta;
    fields.set(field.fullName, field);
  }
  return fields;
}

/** The picklist values (API names) the metadata defines for a field; throws if it is no picklist. */
export function readPicklist(object: string, field: string): string[] {
  const meta = readFields(object).get(field);
  const values = meta?.valueSet?.valueSetDefinition?.value;
  if (!values) throw new Error(`${object}.${field} is not a picklist`);
  return values.map((v) => v.fullName);
}

export interface RuleMeta {
  fullName: string;
  active: string;
  errorConditionFormula: string;
}

/** Validation rules of an object, by name. */
export function readValidationRules(object: string): Map<string, RuleMeta> {
  const dir = join(OBJECTS_DIR, object, 'validationRules');
  const rules = new Map<string, RuleMeta>();
  for (const file of readdirSync(dir)) {
    const rule = readXml(join(dir, file)).ValidationRule as RuleMeta;
    rules.set(rule.fullName, rule);
  }
  return rules;
}

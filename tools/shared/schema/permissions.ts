// Object and field permissions of the package's permission sets, as the schema and the emulator
// apply them to a preview user.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readXml, text, DEFAULT_SOURCE_DIR } from './loadMetadata';
import type { FieldDescribe, ObjectDescribe } from './describe';

export interface ObjectAccess {
  read: boolean;
  create: boolean;
  edit: boolean;
  delete: boolean;
}

export interface PermissionSetAccess {
  name: string;
  objects: Record<string, ObjectAccess>;
  /** "Object.Field" -> access. */
  fields: Record<string, { read: boolean; edit: boolean }>;
  customPermissions: string[];
}

/** Standard objects every preview user reads (their access comes from the profile, not the package). */
export const PROFILE_READABLE = ['Account', 'Opportunity', 'User'];

/** Reads every permission set of the package, keyed by API name. */
export function loadPermissionSets(
  sourceDir: string = DEFAULT_SOURCE_DIR
): Record<string, PermissionSetAccess> {
  const dir = join(sourceDir, 'permissionsets');
  const result: Record<string, PermissionSetAccess> = {};
  for (const file of existsSync(dir)
    ? readdirSync(dir).filter((f) => f.endsWith('.permissionset-meta.xml'))
    : []) {
    const name = file.replace('.permissionset-meta.xml', '');
    const ps = readXml(join(dir, file)).PermissionSet ?? {};
    const access: PermissionSetAccess = { name, objects: {}, fields: {}, customPermissions: [] };
    for (const o of ps.objectPermissions ?? []) {
      access.objects[text(o.object)] = {
        read: text(o.allowRead) === 'true',
        create: text(o.allowCreate) === 'true',
        edit: text(o.allowEdit) === 'true',
        delete: text(o.allowDelete) === 'true'
      };
    }
    for (const f of ps.fieldPermissions ?? []) {
      access.fields[text(f.field)] = {
        read: text(f.readable) === 'true',
        edit: text(f.editable) === 'true'
      };
    }
    for (const c of ps.customPermissions ?? []) {
      if (text(c.enabled) === 'true') access.customPermissions.push(text(c.name));
    }
    result[name] = access;
  }
  return result;
}

/** Merged access of several permission sets (a user holding all of them). */
export function mergeAccess(sets: PermissionSetAccess[]): PermissionSetAccess {
  const merged: PermissionSetAccess = {
    name: sets.map((s) => s.name).join('+'),
    objects: {},
    fields: {},
    customPermissions: []
  };
  for (const s of sets) {
    for (const [o, a] of Object.entries(s.objects)) {
      const m = (merged.objects[o] ??= { read: false, create: false, edit: false, delete: false });
      m.read ||= a.read;
      m.create ||= a.create;
      m.edit ||= a.edit;
      m.delete ||= a.delete;
    }
    for (const [f, a] of Object.entries(s.fields)) {
      const m = (merged.fields[f] ??= { read: false, edit: false });
      m.read ||= a.read;
      m.edit ||= a.edit;
    }
    merged.customPermissions.push(
      ...s.customPermissions.filter((c) => !merged.customPermissions.includes(c))
    );
  }
  return merged;
}

/** Object access of a user; standard objects are readable (only) through the profile. */
export function objectAccess(access: PermissionSetAccess | null, object: string): ObjectAccess {
  if (!access) return { read: true, create: true, edit: true, delete: true };
  const a = access.objects[object];
  if (a) return { ...a, read: a.read || a.edit || a.delete || a.create };
  return { read: PROFILE_READABLE.includes(object), create: false, edit: false, delete: false };
}

/** Field-level access: standard and required fields follow the object; custom fields need a field permission. */
export function fieldAccess(
  access: PermissionSetAccess | null,
  object: ObjectDescribe,
  f: FieldDescribe
): { read: boolean; edit: boolean } {
  const obj = objectAccess(access, object.name);
  if (!obj.read) return { read: false, edit: false };
  const writable = obj.create || obj.edit;
  if (!access || f.alwaysReadable || f.required) {
    return { read: true, edit: writable && (f.createable || f.updateable) };
  }
  const fp = access.fields[`${object.name}.${f.name}`];
  return { read: !!fp?.read || !!fp?.edit, edit: !!fp?.edit && writable };
}

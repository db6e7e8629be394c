import type { Issue } from './issue';
import { childText, childrenNamed, type MetadataDocument, type PackageIndex } from './packageIndex';
import { fieldMustExist, objectMustExist, tabMustExist, type Report } from './refChecks';

export /** Fields, objects, tabs, apps, custom permissions and flows a permission set names exist. */
function checkPermissionSet(doc: MetadataDocument, index: PackageIndex, report: Report): void {
  for (const permission of childrenNamed(doc.root, 'fieldPermissions')) {
    const ref = childText(permission, 'field') ?? '';
    const [object, field] = ref.split('.');
    if (!field) {
      report(permission, 'fieldPermissions.field', `'${ref}' is not <Object>.<Field>`);
      continue;
    }
    const info = fieldMustExist(index, report, permission, 'fieldPermissions.field', object, field);
    // The Metadata API refuses field permissions on fields whose access the platform fixes.
    if (info && !canCarryFieldPermission(info)) {
      report(
        permission,
        'fieldPermissions.field',
        `'${ref}' is required or master-detail: it cannot carry a field permission`
      );
    }
  }
  for (const permission of childrenNamed(doc.root, 'objectPermissions')) {
    const object = permission.children.find((c) => c.name === 'object');
    if (object)
      objectMustExist(index, report, object, 'objectPermissions.object', object.text.trim());
  }
  for (const setting of childrenNamed(doc.root, 'tabSettings')) {
    const tab = setting.children.find((c) => c.name === 'tab');
    if (tab) tabMustExist(index, report, tab, 'tabSettings.tab', tab.text.trim());
  }
  for (const visibility of childrenNamed(doc.root, 'applicationVisibilities')) {
    const app = visibility.children.find((c) => c.name === 'application');
    if (app && !index.applications.has(app.text.trim())) {
      report(
        app,
        'applicationVisibilities.application',
        `application '${app.text.trim()}' does not exist`
      );
    }
  }
  for (const permission of childrenNamed(doc.root, 'customPermissions')) {
    const name = permission.children.find((c) => c.name === 'name');
    if (name && !index.customPermissions.has(name.text.trim())) {
      report(
        name,
        'customPermissions.name',
        `custom permission '${name.text.trim()}' does not exist`
      );
    }
  }
  for (const access of childrenNamed(doc.root, 'flowAccesses')) {
    const flow = access.children.find((c) => c.name === 'flow');
    if (flow && !index.flows.has(flow.text.trim())) {
      report(flow, 'flowAccesses.flow', `flow '${flow.text.trim()}' does not exist`);
    }
  }
}

/** Whether a field may appear in fieldPermissions: not required, not master-detail, not a system field. */
export function canCarryFieldPermission(field: {
  required: boolean;
  type?: string;
  declared: boolean;
}): boolean {
  return field.declared && !field.required && field.type !== 'MasterDetail';
}

/** Every permissionable custom field of the package that `doc` (a permission set) leaves out. */
export function missingFieldPermissions(doc: MetadataDocument, index: PackageIndex): Issue[] {
  const granted = new Set(
    childrenNamed(doc.root, 'fieldPermissions').map((p) =>
      (childText(p, 'field') ?? '').toLowerCase()
    )
  );
  const issues: Issue[] = [];
  for (const object of index.objects.values()) {
    for (const field of object.fields.values()) {
      const ref = `${object.name}.${field.name}`;
      if (canCarryFieldPermission(field) && !granted.has(ref.toLowerCase())) {
        issues.push({
          file: doc.file,
          line: doc.root.line,
          path: 'PermissionSet.fieldPermissions',
          message: `no field permission for ${ref}`
        });
      }
    }
  }
  return issues;
}

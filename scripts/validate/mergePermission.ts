// Who may merge duplicate gaps: the UI offers the merge control to users with the custom
// permission Merge_Product_Gaps, and the merge writes Product_Gap__c.Status__c and
// Duplicate_Of__c. A permission set agrees when it grants both or neither.
export const MERGE_PERMISSION = 'Merge_Product_Gaps';
export const MERGE_FIELDS = ['Product_Gap__c.Status__c', 'Product_Gap__c.Duplicate_Of__c'];

/** What a permission set grants for merging: the custom permission, and edit access to what the merge writes. */
export interface MergeGrant {
  customPermission: boolean;
  canWrite: boolean;
}

/** Reads a permission set's XML: the custom permission enabled, object edit on Product_Gap__c and field edit on the merge fields. */
export function mergeGrant(xml: string): MergeGrant {
  const customPermission = new RegExp(
    `<customPermissions>\\s*<enabled>true</enabled>\\s*<name>${MERGE_PERMISSION}</name>`
  ).test(xml);
  const objectEdit =
    /<objectPermissions>(?:(?!<\/objectPermissions>)[\s\S])*<allowEdit>true<\/allowEdit>(?:(?!<\/objectPermissions>)[\s\S])*<object>Product_Gap__c<\/object>/.test(
      xml
    );
  const fieldsEdit = MERGE_FIELDS.every((field) =>
    new RegExp(`<editable>true</editable>\\s*<field>${field.replace('.', '\\.')}</field>`).test(xml)
  );
  return { customPermission, canWrite: objectEdit && fieldsEdit };
}

/** A sentence when the UI and the permissions disagree (control offered without the write, or the write without the control); null when they agree. */
export function mergeDisagreement(name: string, grant: MergeGrant): string | null {
  if (grant.customPermission && !grant.canWrite)
    return `${name}: offered the merge control but cannot write Status__c and Duplicate_Of__c`;
  if (!grant.customPermission && grant.canWrite)
    return `${name}: can merge by its permissions but is not offered the merge control`;
  return null;
}

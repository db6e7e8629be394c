// Object and field descriptions of the org, read from the package's metadata plus the standard
// fields the package uses: the single source for the schema generator, the query validator and
// the emulator.

/** The UI API data type of a field (the name of its GraphQL value wrapper without "Value"). */
export type DataType =
  | 'ID'
  | 'String'
  | 'TextArea'
  | 'LongTextArea'
  | 'Url'
  | 'Email'
  | 'Phone'
  | 'Picklist'
  | 'Currency'
  | 'Double'
  | 'Int'
  | 'Long'
  | 'Percent'
  | 'Boolean'
  | 'Date'
  | 'DateTime';

export interface FieldDescribe {
  name: string;
  label: string;
  dataType: DataType;
  /** Max characters for text types. */
  length?: number;
  precision?: number;
  scale?: number;
  /** Required on save (after before-save flows ran). */
  required: boolean;
  unique: boolean;
  /** Whether the field can be written at all (system and auto-number fields cannot). */
  createable: boolean;
  updateable: boolean;
  /** Standard or system field: readable whenever the object is (no field permission needed). */
  alwaysReadable: boolean;
  custom: boolean;
  picklistValues?: string[];
  restrictedPicklist?: boolean;
  defaultValue?: string | number | boolean | null;
  /** Lookup / master-detail target and relationship name as seen in GraphQL (Account__r, Owner). */
  referenceTo?: string;
  relationshipName?: string;
  /** Name of the child relationship on the parent (metadata relationshipName + __r). */
  childRelationshipName?: string;
  masterDetail?: boolean;
  reparentable?: boolean;
  deleteConstraint?: 'SetNull' | 'Restrict' | 'Cascade';
  /** Long text cannot be filtered, sorted or grouped, as in the real API. */
  filterable: boolean;
  sortable: boolean;
  groupable: boolean;
}

export interface ChildRelationship {
  /** GraphQL field name on the parent (Submissions__r). */
  name: string;
  childObject: string;
  field: string;
  cascadeDelete: boolean;
}

export interface ObjectDescribe {
  name: string;
  label: string;
  custom: boolean;
  /** Key prefix of its Ids. */
  keyPrefix: string;
  sharingModel: string;
  /** AutoNumber display format of Name ("SUB-{000000}"), if Name is an auto number. */
  autoNumberFormat?: string;
  fields: Record<string, FieldDescribe>;
  childRelationships: ChildRelationship[];
}

export type OrgDescribe = Record<string, ObjectDescribe>;

/** A field description with the defaults of a plain, writable, optional custom field. */
export function field(
  name: string,
  dataType: DataType,
  extra: Partial<FieldDescribe> = {}
): FieldDescribe {
  const filterable = dataType !== 'LongTextArea';
  return {
    name,
    label: name,
    dataType,
    required: false,
    unique: false,
    createable: true,
    updateable: true,
    alwaysReadable: false,
    custom: name.endsWith('__c'),
    filterable,
    sortable: filterable,
    groupable: filterable && !['Currency', 'Double', 'Percent', 'DateTime'].includes(dataType),
    ...extra
  };
}

/** The system fields every object carries: Id, audit fields and (unless owned by a master) OwnerId. */
export function systemFields(withOwner: boolean): FieldDescribe[] {
  const sys = { createable: false, updateable: false, alwaysReadable: true, custom: false };
  const list = [
    field('Id', 'ID', { ...sys, label: 'Record ID' }),
    field('CreatedDate', 'DateTime', { ...sys, label: 'Created Date' }),
    field('CreatedById', 'ID', {
      ...sys,
      label: 'Created By ID',
      referenceTo: 'User',
      relationshipName: 'CreatedBy'
    }),
    field('LastModifiedDate', 'DateTime', { ...sys, label: 'Last Modified Date' }),
    field('LastModifiedById', 'ID', {
      ...sys,
      label: 'Last Modified By ID',
      referenceTo: 'User',
      relationshipName: 'LastModifiedBy'
    })
  ];
  if (withOwner) {
    list.push(
      field('OwnerId', 'ID', {
        ...sys,
        createable: true,
        updateable: true,
        label: 'Owner ID',
        referenceTo: 'User',
        relationshipName: 'Owner'
      })
    );
  }
  return list;
}

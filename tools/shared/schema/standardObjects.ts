// The standard objects and fields the package reads. The package metadata only holds its custom
// fields on them, so their standard shape is declared here (names and types as in the org).
import { field, systemFields, type ObjectDescribe } from './describe';

const std = { custom: false, alwaysReadable: true };

/** Opportunity stages of a default org, in order; the last two are closed. */
export const OPPORTUNITY_STAGES = [
  'Prospecting',
  'Qualification',
  'Needs Analysis',
  'Value Proposition',
  'Id. Decision Makers',
  'Perception Analysis',
  'Proposal/Price Quote',
  'Negotiation/Review',
  'Closed Won',
  'Closed Lost'
];

function describe(
  name: string,
  keyPrefix: string,
  fields: ReturnType<typeof field>[]
): ObjectDescribe {
  return {
    name,
    label: name,
    custom: false,
    keyPrefix,
    sharingModel: 'Private',
    fields: Object.fromEntries([...systemFields(true), ...fields].map((f) => [f.name, f])),
    childRelationships: []
  };
}

/** Fresh descriptions of Account, Opportunity and User (standard fields only). */
export function standardObjects(): ObjectDescribe[] {
  return [
    describe('Account', '001', [
      field('Name', 'String', { ...std, label: 'Account Name', length: 255, required: true })
    ]),
    describe('Opportunity', '006', [
      field('Name', 'String', { ...std, label: 'Opportunity Name', length: 120, required: true }),
      field('AccountId', 'ID', {
        ...std,
        label: 'Account ID',
        referenceTo: 'Account',
        relationshipName: 'Account'
      }),
      field('Amount', 'Currency', { ...std, label: 'Amount', precision: 18, scale: 2 }),
      field('StageName', 'Picklist', {
        ...std,
        label: 'Stage',
        required: true,
        picklistValues: OPPORTUNITY_STAGES,
        restrictedPicklist: true
      }),
      field('CloseDate', 'Date', { ...std, label: 'Close Date', required: true }),
      field('IsClosed', 'Boolean', {
        ...std,
        label: 'Closed',
        createable: false,
        updateable: false
      }),
      field('IsWon', 'Boolean', { ...std, label: 'Won', createable: false, updateable: false })
    ]),
    describe('User', '005', [
      field('Name', 'String', {
        ...std,
        label: 'Full Name',
        length: 121,
        createable: false,
        updateable: false
      })
    ])
  ];
}

// The post-install checklist: what a deploy cannot do, and what an admin does about it.
// Kept in this one file so a richer checklist module can replace it: anything that exports
// POST_INSTALL_CHECKLIST with this ChecklistItem shape plugs into the org check.

/** How the check can tell whether an item is done. */
export type ChecklistProbe =
  | { kind: 'flowActive'; flow: string }
  | { kind: 'permissionSetAssigned'; permissionSet: string }
  /** not readable through the API the check uses: reported as unknown with the admin step */
  | { kind: 'manual' };

/** One post-install step. */
export interface ChecklistItem {
  id: string;
  title: string;
  /** what the admin does when the item is not done */
  adminStep: string;
  probe: ChecklistProbe;
}

const flow = (name: string, label: string): ChecklistItem => ({
  id: `flow-${name}`,
  title: `Flow ${name} is active`,
  adminStep: `Setup > Flows > ${label} > activate the latest version.`,
  probe: { kind: 'flowActive', flow: name }
});

const permissionSet = (name: string, who: string): ChecklistItem => ({
  id: `permission-set-${name}`,
  title: `Permission set ${name} is assigned`,
  adminStep: `Setup > Permission Sets > ${name} > Manage Assignments: add ${who}.`,
  probe: { kind: 'permissionSetAssigned', permissionSet: name }
});

/** The checklist the README prints and the org check verifies. */
export const POST_INSTALL_CHECKLIST: ChecklistItem[] = [
  flow('Product_Gap_Submission_Key', 'Product Gap Submission Key'),
  flow('Product_Gap_Resolved_On', 'Product Gap Resolved On'),
  flow('Top_Ten_Revision_Supersedes_Key', 'Top Ten Revision Supersedes Key'),
  permissionSet('Product_Gap_Submitter', 'the account teams who flag gaps'),
  permissionSet('Product_Gap_Manager', 'the product managers who triage gaps'),
  permissionSet('Product_Gap_TPM', 'the TPMs who publish the Top 10'),
  permissionSet('Product_Gap_Viewer', 'leadership who read the Top 10'),
  {
    id: 'record-pages-assigned',
    title: 'Account and Opportunity record pages are assigned',
    adminStep:
      'Setup > Lightning App Builder > Account_Product_Gaps_Record_Page and Opportunity_Product_Gaps_Record_Page > Activation: assign as org default or app default for GTM Product Gaps.',
    probe: { kind: 'manual' }
  },
  {
    id: 'flag-action-placed',
    title: '"Flag Product Gap" action is on the Account and Opportunity page layouts',
    adminStep:
      'Setup > Object Manager > Account (then Opportunity) > Page Layouts > Mobile & Lightning Actions: add Flag Product Gap.',
    probe: { kind: 'manual' }
  }
];

// The post-install steps a deploy cannot do, in one place: the README's "After install" section is
// generated from it (a test keeps them equal) and the org check prints and verifies it.

/** What the org check can query to verify a step; null for a step only a person can confirm. */
export type ChecklistCheck =
  | { kind: 'flowsActive'; flows: string[] }
  | { kind: 'notificationTypesPresent'; types: string[] }
  | { kind: 'permissionSetsAssigned'; permissionSets: string[] }
  | { kind: 'recordPageAssigned'; object: string; flexiPage: string; app: string }
  | { kind: 'actionPlaced'; object: string; action: string }
  | { kind: 'fieldAccess'; permissionSet: string; readable: string[]; editable: string[] };

/** One admin step after install: a short title, what to do, and how it can be verified. */
export interface ChecklistStep {
  id: string;
  title: string;
  detail: string;
  check: ChecklistCheck | null;
}

const APP = 'GTM_Product_Gaps';

const GITHUB_FIELDS = [
  'GitHub_State__c',
  'GitHub_Closed_At__c',
  'GitHub_Milestone__c',
  'GitHub_Assignees__c',
  'GitHub_Synced_At__c'
];

/** The admin steps after a deploy or install, in the order to do them. */
export const POST_INSTALL_CHECKLIST: readonly ChecklistStep[] = [
  {
    id: 'flows-active',
    title: 'Check the seven flows are active',
    detail:
      'Setup > Flows: activate `Product_Gap_Submission_Key`, `Flag_Product_Gap` (the screen flow behind the phone action), `Product_Gap_Resolved_On`, `Top_Ten_Revision_Supersedes_Key`, `Product_Gap_Notify_Submitters`, `Top_Ten_Revision_Notify_Submitters` and the subflow they call, `Product_Gap_Tell_Submitters`, where they are not active. They are shipped Active, but an org that deploys flows as inactive leaves them off. Without the key flow every new submission is refused by the key validation rule; without the two notify flows account teams hear nothing when a gap they flagged moves or enters or leaves the Top 10. The notify flows run after the change commits as the user who made it: set a Default Workflow User (Setup > Process Automation Settings) for changes made by users deactivated since.',
    check: {
      kind: 'flowsActive',
      flows: [
        'Product_Gap_Submission_Key',
        'Product_Gap_Resolved_On',
        'Top_Ten_Revision_Supersedes_Key',
        'Product_Gap_Notify_Submitters',
        'Top_Ten_Revision_Notify_Submitters',
        'Product_Gap_Tell_Submitters',
        'Flag_Product_Gap'
      ]
    }
  },
  {
    id: 'notification-type',
    title: 'Check the custom notification type is there',
    detail:
      'Setup > Custom Notifications: `Product_Gap_Update` (desktop and mobile) is deployed with the package. The notify flows find it by API name; without it they fail after the change (the change itself stays) and a flow error email goes to the recipients set in Process Automation Settings. Users see the notifications in the bell; whether they also reach the Salesforce mobile app is set per type in Setup > Notification Delivery Settings.',
    check: { kind: 'notificationTypesPresent', types: ['Product_Gap_Update'] }
  },
  {
    id: 'permission-sets',
    title: 'Assign the permission sets',
    detail:
      'Setup > Permission Sets > (set) > Manage Assignments: `Product_Gap_Submitter` to account teams, `Product_Gap_Manager` to PMs and engineering TPMs, `Product_Gap_TPM` to the GTM TPM (it carries `Publish_Top_10`), `Product_Gap_Viewer` to leadership. Account and Opportunity object access stays with profiles.',
    check: {
      kind: 'permissionSetsAssigned',
      permissionSets: [
        'Product_Gap_Submitter',
        'Product_Gap_Manager',
        'Product_Gap_TPM',
        'Product_Gap_Viewer'
      ]
    }
  },
  {
    id: 'account-page',
    title: 'Make the Account page with Flag Product Gap reach account teams in their own apps',
    detail:
      'The deploy assigns `Account_Product_Gaps_Record_Page` (the action in the header, the customer panel beside the details) as the Account page of the GTM Product Gaps app only. In Lightning App Builder activate it as org default or for the apps account teams use (Sales, Service), or add the `Flag Product Gap` action and the `customerGaps` component to your own Account page.',
    check: {
      kind: 'recordPageAssigned',
      object: 'Account',
      flexiPage: 'Account_Product_Gaps_Record_Page',
      app: APP
    }
  },
  {
    id: 'opportunity-page',
    title: 'Do the same for the Opportunity page',
    detail:
      '`Opportunity_Product_Gaps_Record_Page` is assigned in the GTM Product Gaps app only: activate it for the other apps, or add the action and the component to your own Opportunity page.',
    check: {
      kind: 'recordPageAssigned',
      object: 'Opportunity',
      flexiPage: 'Opportunity_Product_Gaps_Record_Page',
      app: APP
    }
  },
  {
    id: 'layout-actions',
    title: 'Pages that show actions from the page layout: add the action there',
    detail:
      'The package ships no Account or Opportunity layout (it would overwrite yours). Where a record page takes its actions from the layout, add `Flag Product Gap` to "Mobile & Lightning Actions" of each Account and Opportunity layout in use.',
    check: { kind: 'actionPlaced', object: 'Account', action: 'Account.Flag_Product_Gap' }
  },
  {
    id: 'github-sync-access',
    title: 'Check what the GitHub sync may read and write',
    detail:
      '`Product_Gap_GitHub_Sync` is deployed with the package: it reads gaps (Id, Name, `GitHub_Issue_URL__c`) and which Top 10 revision is Published, edits only the five GitHub fields on gaps and on entries, and grants API Enabled. Give it to no person: only the GitHub sync edits these fields.',
    check: {
      kind: 'fieldAccess',
      permissionSet: 'Product_Gap_GitHub_Sync',
      readable: [
        'Product_Gap__c.GitHub_Issue_URL__c',
        'Top_Ten_Entry__c.Product_Gap__c',
        'Top_Ten_Revision__c.Status__c'
      ],
      editable: [
        ...GITHUB_FIELDS.map((f) => `Product_Gap__c.${f}`),
        ...GITHUB_FIELDS.map((f) => `Top_Ten_Entry__c.${f}`)
      ]
    }
  },
  {
    id: 'github-sync-user',
    title: 'Connect GitHub: an integration user for the sync',
    detail:
      'Create a user for the GitHub sync (the Salesforce Integration user license where the org has it, else an API-only user), assign it `Product_Gap_GitHub_Sync`, create the External Client App (or connected app) with the JWT certificate and pre-authorize that user, then add the repository secrets: README "Connect GitHub" gives every step.',
    check: { kind: 'permissionSetsAssigned', permissionSets: ['Product_Gap_GitHub_Sync'] }
  },
  {
    id: 'account-fields',
    title: 'Fill `Strategic_Account__c` and `TAM__c`',
    detail:
      'The ranking reads these two Account fields; keep them in step with the fields your org already has (see "For admins"). Until then strategic counts and TAM are 0.',
    check: null
  }
];

/** The checklist as the README's Markdown: one numbered item per step, "**title**: detail". */
export function checklistMarkdown(
  steps: readonly ChecklistStep[] = POST_INSTALL_CHECKLIST
): string {
  return steps.map((step, i) => `${i + 1}. **${step.title}**: ${step.detail}`).join('\n');
}

/** A checklist text without its Markdown (backticks and bold markers), for a terminal. */
export function plainText(markdown: string): string {
  return markdown.replace(/`|\*\*/g, '');
}

/** The checklist as plain text for a terminal: numbered titles with their details indented. */
export function checklistText(steps: readonly ChecklistStep[] = POST_INSTALL_CHECKLIST): string {
  const plain = plainText;
  return steps
    .map((step, i) => `${i + 1}. ${plain(step.title)}\n   ${plain(step.detail)}`)
    .join('\n');
}

/** Markers around the generated section in README.md. */
export const README_MARKERS = {
  start: '<!-- post-install checklist: generated from scripts/orgCheck/checklist.ts -->',
  end: '<!-- end of post-install checklist -->'
} as const;

/** The generated section between the markers of a README text; null when the markers are missing. */
export function readmeChecklist(readme: string): string | null {
  const start = readme.indexOf(README_MARKERS.start);
  const end = readme.indexOf(README_MARKERS.end);
  if (start < 0 || end < start) return null;
  return readme.slice(start + README_MARKERS.start.length, end).trim();
}

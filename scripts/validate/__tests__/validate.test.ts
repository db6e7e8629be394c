/** @jest-environment node */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatIssue } from '../issue';
import { validatePackage } from '../validate';

const FIXTURE = path.join(__dirname, 'data', 'pkg');
const BASE = 'main/default';
let workDir: string;

beforeEach(() => {
  workDir = mkdtempSync(path.join(tmpdir(), 'validate-'));
  cpSync(FIXTURE, path.join(workDir, 'pkg'), { recursive: true });
});
afterEach(() => rmSync(workDir, { recursive: true, force: true }));

/** Rewrites one fixture file (path under main/default) of the working copy. */
function edit(file: string, from: string | RegExp, to: string): void {
  const full = path.join(workDir, 'pkg', BASE, file);
  const before = readFileSync(full, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`fixture edit did not apply to ${file}`);
  writeFileSync(full, after);
}

/** Validates the working copy; messages are relative to the copy, like the CLI's are to the project. */
function messages(): string[] {
  const result = validatePackage({
    root: path.join(workDir, 'pkg'),
    cwd: workDir,
    fullAccessPermissionSet: 'Widget_Full'
  });
  return result.issues.map(formatIssue);
}

const at = (file: string): string => `pkg/${BASE}/${file}`;
const STATUS = 'objects/Widget__c/fields/Status__c.field-meta.xml';

describe('validatePackage on a valid package', () => {
  it('accepts every file of the fixture package', () => {
    const result = validatePackage({
      root: path.join(workDir, 'pkg'),
      cwd: workDir,
      fullAccessPermissionSet: 'Widget_Full'
    });
    expect(result.issues.map(formatIssue)).toEqual([]);
    expect(result.filesChecked).toBe(26);
  });

  it('accepts the project package in force-app', () => {
    const root = path.resolve(__dirname, '../../../force-app');
    const result = validatePackage({ root, fullAccessPermissionSet: 'Product_Gap_TPM' });
    expect(result.issues.map(formatIssue)).toEqual([]);
    expect(result.filesChecked).toBeGreaterThan(0);
  });
});

describe('validatePackage against the Metadata API schema', () => {
  it('rejects malformed XML with the file and line', () => {
    const compact = 'objects/Widget__c/compactLayouts/Widget_Compact.compactLayout-meta.xml';
    edit(compact, '</label>', '');
    expect(messages()).toEqual([
      `${at(compact)}:7: malformed XML: Expected closing tag 'label' (opened in line 6, col 5) instead of closing tag 'CompactLayout'. (column 1)`
    ]);
  });

  it('rejects an unknown element and suggests the known one', () => {
    edit(STATUS, '<label>Status</label>', '<lable>Status</lable>');
    expect(messages()).toEqual([
      `${at(STATUS)}:4: CustomField.lable: unknown element <lable> in CustomField (did you mean <label>?)`
    ]);
  });

  it('rejects a value outside the enum', () => {
    edit(STATUS, '<type>Picklist</type>', '<type>Picklst</type>');
    const [message, ...rest] = messages();
    expect(rest).toEqual([]);
    expect(message).toMatch(
      `${at(STATUS)}:6: CustomField.type: 'Picklst' is not a FieldType value`
    );
    expect(message).toMatch("did you mean 'Picklist'?");
  });

  it('rejects a boolean that is not true or false', () => {
    edit(STATUS, '<sorted>false</sorted>', '<sorted>yes</sorted>');
    expect(messages()).toEqual([
      `${at(STATUS)}:10: CustomField.valueSet.valueSetDefinition.sorted: 'yes' is not 'true'|'false'`
    ]);
  });

  it('rejects a number that is not numeric', () => {
    const score = 'objects/Widget__c/fields/Score__c.field-meta.xml';
    edit(score, '<precision>18</precision>', '<precision>eighteen</precision>');
    expect(messages()).toEqual([
      `${at(score)}:5: CustomField.precision: 'eighteen' is not a number`
    ]);
  });

  it('rejects a missing required element', () => {
    edit(STATUS, /\s*<sorted>false<\/sorted>/, '');
    expect(messages()).toEqual([
      `${at(STATUS)}:9: CustomField.valueSet.valueSetDefinition.sorted: missing required element <sorted> of ValueSetValuesDefinition`
    ]);
  });

  it('rejects a single-valued element given twice', () => {
    edit(STATUS, '<label>Status</label>', '<label>Status</label><label>State</label>');
    expect(messages()).toEqual([
      `${at(STATUS)}:4: CustomField.label: appears 2 times but is not a list`
    ]);
  });

  it('rejects a root element that does not match the file suffix', () => {
    edit(STATUS, /CustomField/g, 'CustomObject');
    expect(messages()).toEqual(
      expect.arrayContaining([`${at(STATUS)}:2: CustomObject: root element must be <CustomField>`])
    );
  });

  it('rejects text inside a complex element and a wrong namespace', () => {
    const tab = 'tabs/Widget__c.tab-meta.xml';
    edit(tab, 'http://soap.sforce.com/2006/04/metadata', 'urn:other');
    expect(messages()).toEqual([
      `${at(tab)}:2: CustomTab: xmlns must be "http://soap.sforce.com/2006/04/metadata"`
    ]);
  });
});

describe('validatePackage cross-references', () => {
  const PERMSET = 'permissionsets/Widget_Full.permissionset-meta.xml';

  it('rejects a permission set naming a field that does not exist', () => {
    edit(PERMSET, 'Widget__c.Score__c', 'Widget__c.Scor__c');
    expect(messages()).toEqual([
      `${at(PERMSET)}:2: PermissionSet.fieldPermissions: no field permission for Widget__c.Score__c`,
      `${at(PERMSET)}:21: PermissionSet.fieldPermissions.field: field Widget__c.Scor__c does not exist`
    ]);
  });

  it('rejects a field permission on a required field', () => {
    edit(PERMSET, 'Widget__c.Score__c', 'Widget__c.Code__c');
    expect(messages()).toEqual([
      `${at(PERMSET)}:2: PermissionSet.fieldPermissions: no field permission for Widget__c.Score__c`,
      `${at(PERMSET)}:21: PermissionSet.fieldPermissions.field: 'Widget__c.Code__c' is required or master-detail: it cannot carry a field permission`
    ]);
  });

  it('rejects objects, tabs, apps and custom permissions that do not exist', () => {
    edit(PERMSET, '<object>Widget__c</object>', '<object>Gadget__c</object>');
    edit(PERMSET, '<tab>Widget__c</tab>', '<tab>Gadget__c</tab>');
    edit(PERMSET, '<application>Widget_App</application>', '<application>Gadget_App</application>');
    edit(PERMSET, '<name>Approve_Widgets</name>', '<name>Approve_Gadgets</name>');
    expect(messages()).toEqual([
      `${at(PERMSET)}:4: PermissionSet.applicationVisibilities.application: application 'Gadget_App' does not exist`,
      `${at(PERMSET)}:9: PermissionSet.customPermissions.name: custom permission 'Approve_Gadgets' does not exist`,
      `${at(PERMSET)}:39: PermissionSet.objectPermissions.object: object Gadget__c does not exist in the package or the standard-object catalog`,
      `${at(PERMSET)}:43: PermissionSet.tabSettings.tab: tab 'Gadget__c' does not exist`
    ]);
  });

  it('accepts flow access to a flow of the package and rejects one to a flow that does not exist', () => {
    const access = (flow: string) =>
      `<flowAccesses><enabled>true</enabled><flow>${flow}</flow></flowAccesses><customPermissions>`;
    edit(PERMSET, '<customPermissions>', access('Widget_Reset_Score'));
    expect(messages()).toEqual([]);
    edit(PERMSET, 'Widget_Reset_Score', 'Widget_Reset_Scor');
    expect(messages()).toEqual([
      `${at(PERMSET)}:7: PermissionSet.flowAccesses.flow: flow 'Widget_Reset_Scor' does not exist`
    ]);
  });

  it('rejects dangling fields in a validation rule formula, list view, compact layout and layout', () => {
    const rule = 'objects/Widget__c/validationRules/Score_Not_Negative.validationRule-meta.xml';
    edit(rule, 'Account__r.Tier__c', 'Account__r.Teir__c');
    const list = 'objects/Widget__c/listViews/All.listView-meta.xml';
    edit(list, '<columns>Status__c</columns>', '<columns>State__c</columns>');
    const compact = 'objects/Widget__c/compactLayouts/Widget_Compact.compactLayout-meta.xml';
    edit(compact, '<fields>Status__c</fields>', '<fields>Stat__c</fields>');
    const layout = 'layouts/Widget__c-Widget Layout.layout-meta.xml';
    edit(layout, '<field>Status__c</field>', '<field>Statu__c</field>');
    expect(messages()).toEqual([
      `${at(layout)}:13: Layout.layoutSections.layoutColumns.layoutItems.field: field Widget__c.Statu__c does not exist`,
      `${at(compact)}:5: CompactLayout.fields: field Widget__c.Stat__c does not exist`,
      `${at(list)}:5: ListView.columns: field Widget__c.State__c does not exist`,
      `${at(rule)}:6: ValidationRule.errorConditionFormula: field Account.Teir__c does not exist`
    ]);
  });

  it('rejects an owner-based list view scope on the detail side of a master-detail', () => {
    // Widget_Part__c is a detail of Widget__c: it has no owner, so "My parts" cannot exist.
    const dir = path.join(workDir, 'pkg', BASE, 'objects/Widget_Part__c');
    mkdirSync(path.join(dir, 'fields'), { recursive: true });
    mkdirSync(path.join(dir, 'listViews'), { recursive: true });
    writeFileSync(
      path.join(dir, 'Widget_Part__c.object-meta.xml'),
      `<?xml version="1.0" encoding="UTF-8"?>
<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata">
    <deploymentStatus>Deployed</deploymentStatus>
    <label>Widget Part</label>
    <nameField><label>Part Name</label><type>Text</type></nameField>
    <pluralLabel>Widget Parts</pluralLabel>
    <sharingModel>ControlledByParent</sharingModel>
</CustomObject>
`
    );
    writeFileSync(
      path.join(dir, 'fields/Widget__c.field-meta.xml'),
      `<?xml version="1.0" encoding="UTF-8"?>
<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">
    <fullName>Widget__c</fullName>
    <label>Widget</label>
    <referenceTo>Widget__c</referenceTo>
    <relationshipName>Parts</relationshipName>
    <type>MasterDetail</type>
</CustomField>
`
    );
    const view = (name: string, scope: string) =>
      writeFileSync(
        path.join(dir, `listViews/${name}.listView-meta.xml`),
        `<?xml version="1.0" encoding="UTF-8"?>
<ListView xmlns="http://soap.sforce.com/2006/04/metadata">
    <fullName>${name}</fullName>
    <columns>NAME</columns>
    <filterScope>${scope}</filterScope>
    <label>${name}</label>
</ListView>
`
      );
    view('All', 'Everything');
    view('My_Parts', 'Mine');
    view('Team_Parts', 'Team');
    const file = (name: string) => at(`objects/Widget_Part__c/listViews/${name}.listView-meta.xml`);
    const why = (scope: string) =>
      `filter scope '${scope}' selects records by owner, but Widget_Part__c has no owner (detail side of the master-detail Widget__c): use Everything`;
    expect(messages()).toEqual([
      `${file('My_Parts')}:5: ListView.filterScope: ${why('Mine')}`,
      `${file('Team_Parts')}:5: ListView.filterScope: ${why('Team')}`
    ]);
    // An object with an owner may keep its "Mine" view.
    edit('objects/Widget__c/listViews/All.listView-meta.xml', 'Everything', 'Mine');
    expect(messages()).toHaveLength(2);
  });

  it('rejects the list view My_Submissions as it was shipped (scope Mine on a detail object)', () => {
    const root = path.join(workDir, 'force-app');
    cpSync(path.resolve(__dirname, '../../../force-app'), root, { recursive: true });
    const file =
      'main/default/objects/Product_Gap_Submission__c/listViews/My_Submissions.listView-meta.xml';
    writeFileSync(
      path.join(root, file),
      `<?xml version="1.0" encoding="UTF-8" ?>
<ListView xmlns="http://soap.sforce.com/2006/04/metadata">
  <fullName>My_Submissions</fullName>
  <columns>NAME</columns>
  <columns>Product_Gap__c</columns>
  <columns>Account__c</columns>
  <columns>Opportunity__c</columns>
  <columns>Severity__c</columns>
  <columns>CREATED_DATE</columns>
  <filterScope>Mine</filterScope>
  <label>My Submissions</label>
</ListView>
`
    );
    const result = validatePackage({
      root,
      cwd: workDir,
      fullAccessPermissionSet: 'Product_Gap_TPM'
    });
    expect(result.issues.map(formatIssue)).toEqual([
      `force-app/${file}:10: ListView.filterScope: filter scope 'Mine' selects records by owner, but Product_Gap_Submission__c has no owner (detail side of the master-detail Product_Gap__c): use Everything`
    ]);
  });

  it('rejects a flow reading a $Record field that does not exist', () => {
    const flow = 'flows/Widget_Reset_Score.flow-meta.xml';
    edit(flow, '$Record.Score__c', '$Record.Scroe__c');
    expect(messages()).toEqual([
      `${at(flow)}:10: Flow.assignments.assignmentItems.assignToReference: field Widget__c.Scroe__c does not exist`
    ]);
  });

  it('checks a custom notification type and a flow reading it by DeveloperName', () => {
    const write = (file: string, text: string) => {
      const full = path.join(workDir, 'pkg', BASE, file);
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, text);
    };
    const type = 'notificationtypes/Widget_Changed.notiftype-meta.xml';
    write(
      type,
      `<?xml version="1.0" encoding="UTF-8"?>
<CustomNotificationType xmlns="http://soap.sforce.com/2006/04/metadata">
  <customNotifTypeName>Widget Changed</customNotifTypeName>
  <desktop>true</desktop>
  <masterLabel>Widget Changed</masterLabel>
  <mobile>true</mobile>
</CustomNotificationType>
`
    );
    const flow = 'flows/Widget_Find_Type.flow-meta.xml';
    write(
      flow,
      `<?xml version="1.0" encoding="UTF-8"?>
<Flow xmlns="http://soap.sforce.com/2006/04/metadata">
  <apiVersion>66.0</apiVersion>
  <label>Widget Find Type</label>
  <processType>AutoLaunchedFlow</processType>
  <recordLookups>
    <name>Get_Type</name>
    <label>Get Type</label>
    <locationX>0</locationX>
    <locationY>0</locationY>
    <filterLogic>and</filterLogic>
    <filters>
      <field>DeveloperName</field>
      <operator>EqualTo</operator>
      <value>
        <stringValue>Widget_Changed</stringValue>
      </value>
    </filters>
    <getFirstRecordOnly>true</getFirstRecordOnly>
    <object>CustomNotificationType</object>
    <storeOutputAutomatically>true</storeOutputAutomatically>
  </recordLookups>
  <status>Active</status>
</Flow>
`
    );
    expect(messages()).toEqual([]);
    edit(type, /<desktop>true<\/desktop>/, '<desktopx>true</desktopx>');
    edit(flow, '<field>DeveloperName</field>', '<field>ApiName</field>');
    expect(messages()).toEqual([
      `${at(flow)}:12: Flow.recordLookups.filters.field: field CustomNotificationType.ApiName does not exist`,
      `${at(type)}:2: CustomNotificationType.desktop: missing required element <desktop> of CustomNotificationType`,
      `${at(type)}:4: CustomNotificationType.desktopx: unknown element <desktopx> in CustomNotificationType (did you mean <desktop>?)`
    ]);
  });

  it('rejects a custom field missing from the full-access permission set', () => {
    edit(
      PERMSET,
      /\s*<fieldPermissions>\s*<editable>true<\/editable>\s*<field>Widget__c.Status__c<\/field>\s*<readable>true<\/readable>\s*<\/fieldPermissions>/,
      ''
    );
    expect(messages()).toEqual([
      `${at(PERMSET)}:2: PermissionSet.fieldPermissions: no field permission for Widget__c.Status__c`
    ]);
  });
});

const META = 'lwc/widgetCard/widgetCard.js-meta.xml';

describe('validatePackage on component sources', () => {
  const JS = 'lwc/widgetCard/widgetCard.js';
  const HTML = 'lwc/widgetCard/widgetCard.html';

  it('rejects lightning modules and tags that are not platform ones', () => {
    edit(JS, "'lightning/navigation'", "'lightning/navigate'");
    edit(HTML, '<lightning-card ', '<lightning-kard ');
    expect(messages()).toEqual([
      `${at(HTML)}:2: <lightning-kard> is not a Lightning base component`,
      `${at(JS)}:2: 'lightning/navigate' is not a platform lightning/* module`
    ]);
  });

  it('rejects labels, custom permissions and schema fields that do not exist', () => {
    edit(JS, 'c.Widget_Title', 'c.Widget_Heading');
    edit(JS, 'customPermission/Approve_Widgets', 'customPermission/Approve_All');
    edit(JS, 'Widget__c.Status__c', 'Widget__c.State__c');
    expect(messages()).toEqual([
      `${at(JS)}:3: '@salesforce/label/c.Widget_Heading': custom label Widget_Heading does not exist`,
      `${at(JS)}:4: '@salesforce/customPermission/Approve_All': custom permission Approve_All does not exist`,
      `${at(JS)}:5: '@salesforce/schema/Widget__c.State__c': field Widget__c.State__c does not exist`
    ]);
  });

  it('rejects an unknown target and a target config for an undeclared target', () => {
    edit(META, '<target>lightning__RecordPage</target>', '<target>lightning__RecordPag</target>');
    expect(messages()).toEqual([
      `${at('flexipages/Widget_Record_Page.flexipage-meta.xml')}:10: FlexiPage.flexiPageRegions.itemInstances.componentInstance.componentName: Lightning web component 'widgetCard' does not declare the target lightning__RecordPage`,
      `${at(META)}:7: LightningComponentBundle.targets.target: 'lightning__RecordPag' is not a Lightning component target`,
      `${at(META)}:11: LightningComponentBundle.targetConfigs.targetConfig: targets="lightning__RecordPage" is not one of the bundle's <targets>`
    ]);
  });
});

describe('validatePackage on component imports', () => {
  const TS = 'lwc/widgetCard/widgetFormat.ts';

  it('rejects npm packages and paths out of the bundle, but not type-only imports', () => {
    const full = path.join(workDir, 'pkg', BASE, TS);
    writeFileSync(
      full,
      [
        "import type { Widget } from '../widgetModel/widgetModel';",
        "import { format } from 'date-fns';",
        "import { rank } from '../widgetModel/widgetModel';",
        'export { rank, format };',
        'export type { Widget };',
        ''
      ].join('\n')
    );
    expect(messages()).toEqual([
      `${at(TS)}:2: 'date-fns' cannot be resolved on the platform: a component imports only lwc, c/*, lightning/*, @salesforce/* and files of its own bundle`,
      `${at(TS)}:3: '../widgetModel/widgetModel' cannot be resolved on the platform: a component imports only lwc, c/*, lightning/*, @salesforce/* and files of its own bundle`
    ]);
  });
});

describe('validatePackage on pages, actions and reports', () => {
  it('rejects a page component that does not exist or lacks the page target, and an unknown template', () => {
    const page = 'flexipages/Widget_Record_Page.flexipage-meta.xml';
    edit(
      page,
      '<componentName>c:widgetCard</componentName>',
      '<componentName>c:widgetList</componentName>'
    );
    edit(page, 'flexipage:recordHomeTemplateDesktop', 'flexipage:recordHomeTemplate');
    edit(page, '<sobjectType>Widget__c</sobjectType>', '<sobjectType>Gadget__c</sobjectType>');
    expect(messages()).toEqual([
      `${at(page)}:10: FlexiPage.flexiPageRegions.itemInstances.componentInstance.componentName: Lightning web component 'widgetList' does not exist`,
      `${at(page)}:25: FlexiPage.sobjectType: object Gadget__c does not exist in the package or the standard-object catalog`,
      `${at(page)}:26: FlexiPage.template.name: 'flexipage:recordHomeTemplate' is not a known Lightning page template`
    ]);
  });

  it('rejects a quick action whose component does not declare lightning__RecordAction', () => {
    edit(META, '        <target>lightning__RecordAction</target>\n', '');
    const action = 'quickActions/Widget__c.Review_Widget.quickAction-meta.xml';
    expect(messages()).toEqual([
      `${at(action)}:5: QuickAction.lightningWebComponent: Lightning web component 'widgetCard' does not declare the target lightning__RecordAction`
    ]);
  });

  it('rejects a dashboard naming a report that does not exist', () => {
    const board = 'dashboards/Widget_Dashboards/Widget_Overview.dashboard-meta.xml';
    edit(board, 'Widget_Reports/Open_Widgets', 'Widget_Reports/Closed_Widgets');
    expect(messages()).toEqual([
      `${at(board)}:22: Dashboard.dashboardGridLayout.dashboardGridComponents.dashboardComponent.report: report 'Widget_Reports/Closed_Widgets' does not exist`
    ]);
  });

  it('rejects report type and report columns naming fields that do not exist', () => {
    const type = 'reportTypes/Widgets_With_Accounts.reportType-meta.xml';
    edit(type, '<field>Account__c.Tier__c</field>', '<field>Account__c.Tear__c</field>');
    const rep = 'reports/Widget_Reports/Open_Widgets.report-meta.xml';
    edit(rep, '<field>Widget__c$Status__c</field>', '<field>Widget__c$Stat__c</field>');
    edit(
      rep,
      '<reportType>Widgets_With_Accounts__c</reportType>',
      '<reportType>Widgets_Only__c</reportType>'
    );
    expect(messages()).toEqual([
      `${at(rep)}:2: Report.reportType: report type 'Widgets_Only__c' does not exist`,
      `${at(rep)}:6: Report.columns.field: field Widget__c.Stat__c does not exist`,
      `${at(type)}:14: ReportType.sections.columns.field: field Account.Tear__c does not exist`
    ]);
  });
});

/** @jest-environment node */
// The post-install checklist: the README section is generated from it, and every flow, permission
// set, page and action a step names exists in the package (and the pages are assigned in the app).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  type ChecklistCheck,
  POST_INSTALL_CHECKLIST,
  checklistMarkdown,
  checklistText,
  plainText,
  readmeChecklist,
  README_MARKERS
} from '../checklist';
import { reportText, type CheckRow } from '../report';

const ROOT = path.resolve(__dirname, '../../..');
const SOURCE = path.join(ROOT, 'force-app/main/default');
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const exists = (dir: string, file: string) => existsSync(path.join(SOURCE, dir, file));

const app = readFileSync(path.join(SOURCE, 'applications/GTM_Product_Gaps.app-meta.xml'), 'utf8');
const flowXml = (flow: string) => {
  const file = path.join(SOURCE, 'flows', `${flow}.flow-meta.xml`);
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
};

/** What a step's check names that the package does not ship (or the app does not assign). */
function missing(check: ChecklistCheck): string[] {
  switch (check.kind) {
    case 'flowsActive':
      return check.flows
        .filter((flow) => !flowXml(flow).includes('<status>Active</status>'))
        .map((flow) => `flow ${flow} is not shipped Active`);
    case 'permissionSetsAssigned':
      return check.permissionSets
        .filter((set) => !exists('permissionsets', `${set}.permissionset-meta.xml`))
        .map((set) => `permission set ${set} does not exist`);
    case 'recordPageAssigned': {
      const assigned = new RegExp(
        `<actionOverrides>\\s*<actionName>View</actionName>\\s*<content>${check.flexiPage}</content>(?:(?!</actionOverrides>)[^])*<pageOrSobjectType>${check.object}</pageOrSobjectType>`
      ).test(app);
      return [
        ...(exists('flexipages', `${check.flexiPage}.flexipage-meta.xml`)
          ? []
          : [`page ${check.flexiPage} does not exist`]),
        ...(assigned && check.app === 'GTM_Product_Gaps'
          ? []
          : [`page ${check.flexiPage} is not assigned to ${check.object} in ${check.app}`])
      ];
    }
    case 'notificationTypesPresent':
      return check.types
        .filter((type) => !exists('notificationtypes', `${type}.notiftype-meta.xml`))
        .map((type) => `notification type ${type} does not exist`);
    case 'fieldAccess': {
      const file = path.join(
        SOURCE,
        'permissionsets',
        `${check.permissionSet}.permissionset-meta.xml`
      );
      const xml = existsSync(file) ? readFileSync(file, 'utf8') : '';
      const grants = (field: string, what: 'readable' | 'editable') =>
        new RegExp(
          `<fieldPermissions>\\s*<editable>(true|false)</editable>\\s*<field>${field}</field>\\s*<readable>true</readable>`
        ).exec(xml)?.[1] === 'true' ||
        (what === 'readable' && xml.includes(`<field>${field}</field>`));
      return [
        ...(xml ? [] : [`permission set ${check.permissionSet} does not exist`]),
        ...check.readable
          .filter((f) => !grants(f, 'readable'))
          .map((f) => `${check.permissionSet} does not read ${f}`),
        ...check.editable
          .filter((f) => !grants(f, 'editable'))
          .map((f) => `${check.permissionSet} does not edit ${f}`)
      ];
    }
    case 'actionPlaced':
      return exists('quickActions', `${check.action}.quickAction-meta.xml`)
        ? []
        : [`quick action ${check.action} does not exist`];
  }
}

describe('post-install checklist', () => {
  it('is what the README shows between its markers', () => {
    expect(readmeChecklist(readme)).toBe(checklistMarkdown());
  });

  it('notices a README that drifted from the module or lost its markers', () => {
    const drifted = readme.replace('**Assign the permission sets**', '**Assign permission sets**');
    expect(readmeChecklist(drifted)).not.toBe(checklistMarkdown());
    expect(readmeChecklist(readme.replace(README_MARKERS.end, ''))).toBeNull();
    expect(readmeChecklist('no markers here')).toBeNull();
  });

  it('names only flows, permission sets, pages and actions the package ships', () => {
    const problems = POST_INSTALL_CHECKLIST.flatMap(({ check }) => (check ? missing(check) : []));
    expect(problems).toEqual([]);
    expect(missing({ kind: 'flowsActive', flows: ['No_Such_Flow'] })).toEqual([
      'flow No_Such_Flow is not shipped Active'
    ]);
    expect(
      missing({
        kind: 'fieldAccess',
        permissionSet: 'Product_Gap_Manager',
        readable: ['Product_Gap__c.GitHub_State__c'],
        editable: ['Product_Gap__c.GitHub_State__c']
      })
    ).toEqual(['Product_Gap_Manager does not edit Product_Gap__c.GitHub_State__c']);
  });

  it('names every flow the package ships Active, so the org check verifies each one', () => {
    const checked = POST_INSTALL_CHECKLIST.flatMap(({ check }) =>
      check?.kind === 'flowsActive' ? check.flows : []
    );
    const shipped = readdirSync(path.join(SOURCE, 'flows'))
      .map((file) => file.replace(/\.flow-meta\.xml$/, ''))
      .filter((flow) => flowXml(flow).includes('<status>Active</status>'));
    expect(shipped.length).toBeGreaterThan(3);
    expect(shipped.filter((flow) => !checked.includes(flow))).toEqual([]);
    expect(
      missing({ kind: 'notificationTypesPresent', types: ['Product_Gap_Update', 'No_Such_Type'] })
    ).toEqual(['notification type No_Such_Type does not exist']);
  });

  it("ships no Account or Opportunity layout, which would overwrite the org's own", () => {
    const layouts = readdirSync(path.join(SOURCE, 'layouts'));
    expect(layouts.filter((f) => /^(Account|Opportunity)-/.test(f))).toEqual([]);
    expect(layouts.length).toBeGreaterThan(0);
  });

  it('numbers the steps, with unique ids, and prints plain text for a terminal', () => {
    const ids = POST_INSTALL_CHECKLIST.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const text = checklistText();
    expect(text.split('\n')[0]).toBe(`1. ${POST_INSTALL_CHECKLIST[0].title}`);
    expect(text).not.toContain('`');
  });

  it('is printed by org:check after its table, step for step what the README lists, once the checklist step ran', () => {
    const row = (step: CheckRow['step']): CheckRow => ({
      step,
      name: 'x',
      outcome: 'pass',
      detail: 'ok'
    });
    const printed = reportText({ rows: [row('schema'), row('checklist')] });
    expect(printed.slice(-2)).toEqual([
      expect.stringMatching(/^Post-install checklist/),
      checklistText()
    ]);
    // Each README item, without its Markdown, is a printed step: same numbers, titles and details.
    const readmeSteps = readmeChecklist(readme)!.split('\n');
    expect(readmeSteps).toHaveLength(POST_INSTALL_CHECKLIST.length);
    readmeSteps.forEach((item, i) => {
      const [, title, detail] = /^\d+\. \*\*(.+?)\*\*: (.*)$/.exec(item)!.map(plainText);
      expect(printed.at(-1)).toContain(`${i + 1}. ${title}\n   ${detail}`);
    });
    // A run that stopped before the checklist (unreachable org, package missing) prints none.
    expect(reportText({ rows: [row('deploy')] }).join('\n')).not.toContain('Post-install');
    expect(reportText({ rows: [] })).toEqual([]);
  });
});

/** @jest-environment node */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compareConversion, expectedMember } from '../compare';

// The validator's fixture package doubles as a source tree to convert; MEMBERS is the package.xml
// that `sf project convert source` 2.146 writes for it.
const FIXTURE = path.join(__dirname, '..', '..', 'validate', '__tests__', 'data', 'pkg');
const MEMBERS: Record<string, string[]> = {
  CompactLayout: ['Widget__c.Widget_Compact'],
  CustomApplication: ['Widget_App'],
  CustomField: [
    'Account.Tier__c',
    'Widget__c.Account__c',
    'Widget__c.Code__c',
    'Widget__c.Score__c',
    'Widget__c.Status__c'
  ],
  CustomLabels: ['CustomLabels'],
  CustomObject: ['Widget__c'],
  CustomPermission: ['Approve_Widgets'],
  CustomLabel: ['Widget_Title'],
  CustomTab: ['Widget__c'],
  Dashboard: ['Widget_Dashboards/', 'Widget_Dashboards/Widget_Overview'],
  FlexiPage: ['Widget_Record_Page'],
  Flow: ['Widget_Reset_Score'],
  Layout: ['Widget__c-Widget Layout'],
  LightningComponentBundle: ['widgetCard'],
  ListView: ['Widget__c.All'],
  PermissionSet: ['Widget_Full'],
  QuickAction: ['Widget__c.Review_Widget'],
  Report: ['Widget_Reports/', 'Widget_Reports/Open_Widgets'],
  ReportType: ['Widgets_With_Accounts'],
  ValidationRule: ['Widget__c.Score_Not_Negative']
};
let work: string;
let source: string;
let out: string;

function writeManifest(members: Record<string, string[]>): void {
  const types = Object.entries(members)
    .map(
      ([name, list]) =>
        `<types>${list.map((m) => `<members>${m}</members>`).join('')}<name>${name}</name></types>`
    )
    .join('');
  writeFileSync(
    path.join(out, 'package.xml'),
    `<?xml version="1.0"?><Package xmlns="http://soap.sforce.com/2006/04/metadata">${types}</Package>`
  );
}

function writeOut(file: string, content = ''): void {
  mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
  writeFileSync(path.join(out, file), content);
}

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'convert-'));
  source = path.join(work, 'src');
  out = path.join(work, 'out');
  cpSync(FIXTURE, source, { recursive: true });
  mkdirSync(out);
  writeManifest(MEMBERS);
  writeOut('lwc/widgetCard/widgetCard.js');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('expectedMember', () => {
  it('names object children, bundles, folders and reports the way package.xml does', () => {
    expect(expectedMember('objects/A__c/fields/B__c.field-meta.xml')).toEqual({
      type: 'CustomField',
      member: 'A__c.B__c'
    });
    expect(expectedMember('lwc/card/card.js-meta.xml')).toEqual({
      type: 'LightningComponentBundle',
      member: 'card'
    });
    expect(expectedMember('reports/Gaps/Top.report-meta.xml')).toEqual({
      type: 'Report',
      member: 'Gaps/Top'
    });
    expect(expectedMember('reports/Gaps.reportFolder-meta.xml')).toEqual({
      type: 'Report',
      member: 'Gaps/'
    });
    expect(expectedMember('notes/readme.txt')).toBeUndefined();
  });
});

describe('compareConversion', () => {
  it('accepts a conversion that holds every component and no TypeScript', () => {
    const report = compareConversion(source, out);
    expect(report.problems).toEqual([]);
    expect(report.manifest.get('CustomField')?.size).toBe(5);
  });

  it('reports a source component missing from package.xml', () => {
    writeManifest({ ...MEMBERS, ListView: [] });
    expect(compareConversion(source, out).problems).toEqual([
      `${path.join(source, 'main/default/objects/Widget__c/listViews/All.listView-meta.xml')}: ListView Widget__c.All is missing from package.xml`
    ]);
  });

  it('reports TypeScript, tsconfig and test files that reached the output', () => {
    writeOut('lwc/widgetCard/widgetCard.ts');
    writeOut('lwc/widgetCard/__tests__/widgetCard.test.js');
    writeOut('tsconfig.json');
    expect(compareConversion(source, out).problems).toEqual([
      `${path.join('lwc', 'widgetCard', '__tests__', 'widgetCard.test.js')}: must not be deployed`,
      `${path.join('lwc', 'widgetCard', 'widgetCard.ts')}: must not be deployed`,
      'tsconfig.json: must not be deployed'
    ]);
  });

  it('reports a component .ts without its compiled .js and a bundle without js-meta.xml', () => {
    writeFileSync(
      path.join(source, 'main/default/lwc/widgetCard/format.ts'),
      'export const x = 1;\n'
    );
    mkdirSync(path.join(source, 'main/default/lwc/orphan'));
    writeFileSync(path.join(source, 'main/default/lwc/orphan/orphan.js'), '');
    expect(compareConversion(source, out).problems).toEqual([
      `${path.join(source, 'main/default/lwc/widgetCard/format.ts')}: no compiled ${path.join('lwc/widgetCard/format.js')} in the output (run the build first)`,
      `${path.join(source, 'main/default/lwc/orphan')}: no orphan.js-meta.xml, so the component is not deployed`
    ]);
  });
});

describe('compareConversion on the Salesforce CLI output', () => {
  it('accepts what sf project convert source writes for the fixture package', () => {
    rmSync(out, { recursive: true });
    const run = spawnSync(
      'npx',
      ['sf', 'project', 'convert', 'source', '--root-dir', source, '--output-dir', out, '--json'],
      {
        encoding: 'utf8',
        env: {
          ...process.env,
          SF_DISABLE_TELEMETRY: 'true',
          SF_AUTOUPDATE_DISABLE: 'true',
          SF_SKIP_NEW_VERSION_CHECK: 'true'
        }
      }
    );
    expect(run.status).toBe(0);
    const report = compareConversion(source, out);
    expect(report.problems).toEqual([]);
    expect(
      Object.fromEntries([...report.manifest].map(([type, members]) => [type, [...members]]))
    ).toEqual(MEMBERS);
  }, 60_000);
});

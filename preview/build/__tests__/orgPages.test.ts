/**
 * @jest-environment node
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOrgPages } from '../orgPages';
import { actionShown, pageAccess } from '../../app/access';
import { PAGES } from '../../app/pages';

const PACKAGE_DIR = join(__dirname, '..', '..', '..', 'force-app', 'main', 'default');
const page = (path: string) => PAGES.find((candidate) => candidate.path === path)!;

describe('page rules from the package metadata', () => {
  const org = loadOrgPages(PACKAGE_DIR);

  it('reads tab visibility, the tabs behind components and the record pages', () => {
    expect(org.tabs.Product_Gap_Viewer).toEqual({
      Top_10_Board: 'Visible',
      Top_Ten_Revision__c: 'Visible'
    });
    expect(org.tabs.Product_Gap_Submitter.Top_10).toBe('Available');
    expect(org.componentTabs['c/topTenWorkbench']).toEqual(['Top_10']);
    expect(org.componentTabs['c/topTenBoard']).toEqual(['Top_10_Board']);
    expect(org.recordPages.Product_Gap__c).toEqual({
      flexipage: 'Product_Gap_Record_Page',
      assigned: true,
      components: ['c/gapScorePanel'],
      actions: []
    });
    expect(org.recordPages.Account.components).toEqual(['c/customerGaps']);
    expect(org.recordPages.Account.actions).toEqual(['c/gapSubmissionAction']);
    expect(org.recordPages.Opportunity.actions).toEqual(['c/gapSubmissionAction']);
    expect(org.readable.Product_Gap_Viewer).not.toContain('Product_Gap__c');
  });

  it('gives each permission set its tabs: in the bar, by URL only, or refused', () => {
    const access = (path: string, set: string) => pageAccess(page(path), set, org);
    expect(access('/top10', 'Product_Gap_TPM')).toBe('visible');
    expect(access('/top10', 'Product_Gap_Submitter')).toBe('available');
    expect(access('/top10', 'Product_Gap_Viewer')).toBe('denied');
    expect(access('/board', 'Product_Gap_Viewer')).toBe('visible');
    expect(access('/gap/:id', 'Product_Gap_Viewer')).toBe('denied');
    expect(access('/gap/:id', 'Product_Gap_Manager')).toBe('available');
    expect(access('/account/:id', 'Product_Gap_Viewer')).toBe('available');
    expect(access('/', 'Product_Gap_Viewer')).toBe('visible');
    expect(access('/top10', 'No_Such_Set')).toBe('denied');
    // The phone path: only a set with flow access to Flag_Product_Gap runs the flow.
    expect(org.flows.Product_Gap_Submitter).toEqual(['Flag_Product_Gap']);
    expect(access('/flow/Flag_Product_Gap', 'Product_Gap_Submitter')).toBe('available');
    expect(access('/flow/Flag_Product_Gap', 'Product_Gap_Viewer')).toBe('denied');
    expect(actionShown(page('/account/:id'), 'c/gapSubmissionAction', org)).toBe(true);
    expect(actionShown(page('/gap/:id'), 'c/gapSubmissionAction', org)).toBe(false);
  });

  it('follows the metadata: a tab taken out of a permission set is refused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'org-pages-'));
    try {
      for (const folder of [
        'permissionsets',
        'tabs',
        'flexipages',
        'applications',
        'quickActions'
      ]) {
        cpSync(join(PACKAGE_DIR, folder), join(dir, folder), { recursive: true });
      }
      const file = join(dir, 'permissionsets', 'Product_Gap_Manager.permissionset-meta.xml');
      const xml = readFileSync(file, 'utf8').replace('<tab>Top_10</tab>', '<tab>Other_Tab</tab>');
      writeFileSync(file, xml);
      const flexipage = join(
        dir,
        'flexipages',
        'Account_Product_Gaps_Record_Page.flexipage-meta.xml'
      );
      writeFileSync(
        flexipage,
        readFileSync(flexipage, 'utf8').replace(
          '<value>Account.Flag_Product_Gap</value>',
          '<value>Edit</value>'
        )
      );
      const submitter = join(dir, 'permissionsets', 'Product_Gap_Submitter.permissionset-meta.xml');
      writeFileSync(
        submitter,
        readFileSync(submitter, 'utf8').replace(/<flowAccesses>[\s\S]*?<\/flowAccesses>/, '')
      );
      const changed = loadOrgPages(dir);
      expect(pageAccess(page('/top10'), 'Product_Gap_Manager', changed)).toBe('denied');
      expect(pageAccess(page('/flow/Flag_Product_Gap'), 'Product_Gap_Submitter', changed)).toBe(
        'denied'
      );
      expect(actionShown(page('/account/:id'), 'c/gapSubmissionAction', changed)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

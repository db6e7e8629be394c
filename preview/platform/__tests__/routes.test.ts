/** @jest-environment node */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pageReferenceFor, TAB_PATHS, urlFor } from '../routes';

describe('preview routes', () => {
  it('maps record pages of the package objects to their preview pages', () => {
    expect(
      urlFor({
        type: 'standard__recordPage',
        attributes: { recordId: 'a0B1', objectApiName: 'Product_Gap__c' }
      })
    ).toBe('/gap/a0B1');
    expect(urlFor({ type: 'standard__recordPage', attributes: { recordId: '001xx0000001' } })).toBe(
      '/account/001xx0000001'
    );
    expect(urlFor({ type: 'standard__recordPage', attributes: { recordId: '006xx0000001' } })).toBe(
      '/opportunity/006xx0000001'
    );
  });

  it('sends a record of another object to the generic record path, keeping state', () => {
    expect(
      urlFor({
        type: 'standard__recordPage',
        attributes: { recordId: 'a0C1', objectApiName: 'Top_Ten_Revision__c' },
        state: { tab: 'entries' }
      })
    ).toBe('/record/a0C1?tab=entries');
  });

  it('maps the Top 10 tab and the home page', () => {
    expect(urlFor({ type: 'standard__navItemPage', attributes: { apiName: 'Top_10' } })).toBe(
      '/top10'
    );
    expect(urlFor({ type: 'standard__namedPage', attributes: { pageName: 'home' } })).toBe('/');
  });

  it('refuses references the preview cannot show', () => {
    expect(() => urlFor({ type: 'standard__recordPage', attributes: {} })).toThrow(/recordId/);
    expect(() =>
      urlFor({ type: 'standard__navItemPage', attributes: { apiName: 'Nope' } })
    ).toThrow(/Nope/);
    expect(() => urlFor({ type: 'comm__namedPage' })).toThrow(/comm__namedPage/);
  });

  it('reads a preview URL back into the page reference it came from', () => {
    expect(pageReferenceFor('/gap/a0B1', '?x=1')).toEqual({
      type: 'standard__recordPage',
      attributes: { recordId: 'a0B1', objectApiName: 'Product_Gap__c', actionName: 'view' },
      state: { x: '1' }
    });
    expect(pageReferenceFor('/top10')).toEqual({
      type: 'standard__navItemPage',
      attributes: { apiName: 'Top_10' },
      state: {}
    });
    expect(pageReferenceFor('/whatever').attributes).toEqual({ pageName: 'home' });
  });

  it('names only tabs the package ships (the apiName a navItemPage reference carries)', () => {
    const tabsDir = join(__dirname, '..', '..', '..', 'force-app', 'main', 'default', 'tabs');
    const shipped = readdirSync(tabsDir).map((file) => file.replace('.tab-meta.xml', ''));
    for (const apiName of Object.keys(TAB_PATHS)) expect(shipped).toContain(apiName);
    expect(urlFor({ type: 'standard__navItemPage', attributes: { apiName: 'Top_10_Board' } })).toBe(
      '/board'
    );
  });
});

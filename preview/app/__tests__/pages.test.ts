/** @jest-environment node */
import { matchPage, optionalComponents, pathFor, PAGES } from '../pages';
import type { PageDefinition } from '../pages';

const page = (path: string): PageDefinition => ({
  path,
  label: path,
  component: 'c/x',
  props: () => ({})
});

describe('page registry', () => {
  it('matches a path with parameters, decoded', () => {
    const pages = [page('/'), page('/gap/:id')];
    expect(matchPage(pages, '/gap/a0B%201')).toEqual({ page: pages[1], params: { id: 'a0B 1' } });
    expect(matchPage(pages, '/')?.page).toBe(pages[0]);
  });

  it('matches nothing for an unknown or incomplete path', () => {
    const pages = [page('/gap/:id')];
    expect(matchPage(pages, '/gap')).toBeUndefined();
    expect(matchPage(pages, '/gap/1/more')).toBeUndefined();
    expect(matchPage(pages, '/account/1')).toBeUndefined();
  });

  it('fills parameters into a path', () => {
    expect(pathFor('/gap/:id', { id: 'a/b' })).toBe('/gap/a%2Fb');
  });

  it('names each package component of pages and actions once', () => {
    expect(optionalComponents(PAGES).sort()).toEqual([
      'customerGaps',
      'gapScorePanel',
      'gapSubmissionAction',
      'topTenBoard',
      'topTenWorkbench'
    ]);
  });

  it('gives record pages their record Id and the quick action its record', () => {
    const context = { params: { id: '006A' }, state: {}, userId: '005U' };
    const opportunity = matchPage(PAGES, '/opportunity/006A')!.page;
    expect(opportunity.props(context)).toEqual({ recordId: '006A', objectApiName: 'Opportunity' });
    expect(opportunity.actions?.[0].label).toBe('Flag Product Gap');
    expect(opportunity.actions?.[0].props(context)).toEqual({
      recordId: '006A',
      objectApiName: 'Opportunity'
    });
  });
});

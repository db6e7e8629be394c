/** @jest-environment node */
import { isHostModule } from '../sandboxModules';
import { COMPONENTS_MODULE } from '../virtualModules';

describe('isHostModule', () => {
  it.each([
    'lwc',
    'lightning/button',
    'lightning/graphql',
    '@salesforce/user/Id',
    '@salesforce/customPermission/Publish_Top_10'
  ])('%s comes from outside the sandbox, as in Lightning Experience', (source) =>
    expect(isHostModule(source)).toBe(true)
  );

  it.each([
    'c/gapData',
    './download',
    '../x',
    '/abs/path.js',
    '\0preview-virtual:@salesforce/label/c.X',
    '@salesforce/label/c.TopTen_Workbench_Title',
    '@lwc/resources/empty_css.css',
    COMPONENTS_MODULE
  ])('%s is bundled inside the sandbox', (source) => expect(isHostModule(source)).toBe(false));
});

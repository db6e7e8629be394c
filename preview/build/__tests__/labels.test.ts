/** @jest-environment node */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCustomLabels } from '../labels';

describe('parseCustomLabels', () => {
  it('reads every label of the package, values on one line', () => {
    const xml = readFileSync(
      join(__dirname, '../../../force-app/main/default/labels/CustomLabels.labels-meta.xml'),
      'utf8'
    );
    const labels = parseCustomLabels(xml);
    expect(labels.Error_Generic_Title).toBe('Something went wrong');
    expect(labels.Error_No_Access_Hint).toBe(
      'Ask your Salesforce admin for the GTM Product Gaps permission set that fits your role.'
    );
  });

  it('keeps a single label and an empty value', () => {
    const xml = `<CustomLabels><labels><fullName>One</fullName><value>1 &amp; 2</value></labels>
      <labels><fullName>Blank</fullName><value></value></labels></CustomLabels>`;
    expect(parseCustomLabels(xml)).toEqual({ One: '1 & 2', Blank: '' });
  });

  it('rejects a file that is not a CustomLabels file', () => {
    expect(() => parseCustomLabels('<Other/>')).toThrow(/no <CustomLabels> root/);
  });

  it('rejects a label without a name', () => {
    expect(() =>
      parseCustomLabels('<CustomLabels><labels><value>x</value></labels></CustomLabels>')
    ).toThrow(/no <fullName>/);
  });
});

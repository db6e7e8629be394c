/** @jest-environment node */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { GAP_STATUSES } from 'c/gapData';
import { isClosedStatus } from 'c/gapRanking';
import {
  CLOSED_GAP_STATUSES,
  GAP_STATUSES as SAMPLE_STATUSES
} from '../../../tools/shared/sampleData/model';
import {
  closedStatusMismatches,
  filterClosedStatuses,
  flowClosedStatuses,
  formulaClosedStatuses,
  packageClosedStatuses,
  queryClosedStatusLists
} from '../closedStatuses';

const ROOT = path.join(__dirname, '..', '..', '..');
/** The engine's rule, the one the components use: the reference every layer must match. */
const ENGINE_CLOSED = GAP_STATUSES.filter((status) => isClosedStatus(status));

describe('closed statuses: one rule, the same in every layer', () => {
  it("the engine closes Done, Won't Do and Duplicate, and the picklist has exactly the components' statuses", () => {
    expect([...ENGINE_CLOSED].sort()).toEqual(['Done', 'Duplicate', "Won't Do"]);
    const picklist = readFileSync(
      path.join(
        ROOT,
        'force-app/main/default/objects/Product_Gap__c/fields/Status__c.field-meta.xml'
      ),
      'utf8'
    );
    const values = [...picklist.matchAll(/<fullName>([^<]*)<\/fullName>\s*<default>/g)].map((m) =>
      m[1].replace(/&apos;/g, "'")
    );
    expect(values).toEqual([...GAP_STATUSES]);
  });

  it('flows, validation rule, report, list view and every GraphQL filter list the same closed statuses', () => {
    const layers = packageClosedStatuses(ROOT);
    expect(layers.filter((layer) => layer.layer.startsWith('GraphQL')).length).toBeGreaterThan(0);
    expect(closedStatusMismatches(layers, ENGINE_CLOSED)).toEqual([]);
  });

  it('the sample data closes the same statuses', () => {
    expect([...CLOSED_GAP_STATUSES].sort()).toEqual([...ENGINE_CLOSED].sort());
    expect([...SAMPLE_STATUSES]).toEqual([...GAP_STATUSES]);
  });

  it("reports a layer still on the old rule (Done and Won't Do only)", () => {
    const oldFlow = `<rules><name>Closed</name><conditions><leftValueReference>$Record.Status__c</leftValueReference><operator>EqualTo</operator><rightValue><stringValue>Done</stringValue></rightValue></conditions><conditions><leftValueReference>$Record.Status__c</leftValueReference><operator>EqualTo</operator><rightValue><stringValue>Won&apos;t Do</stringValue></rightValue></conditions></rules>`;
    const oldRule = `<errorConditionFormula>AND( NOT(ISBLANK(Duplicate_Of__c)), NOT(ISPICKVAL(Status__c, "Done")), NOT(ISPICKVAL(Status__c, "Won't Do")) )</errorConditionFormula>`;
    const oldReport = `<column>Product_Gap__c$Status__c</column><operator>notEqual</operator><value>Done,Won't Do</value>`;
    const oldQuery = `where: { Status__c: { nin: ["Done", "Won't Do"] } }`;
    const layers = [
      { layer: 'flow', statuses: flowClosedStatuses(oldFlow, 'Closed') },
      { layer: 'rule', statuses: formulaClosedStatuses(oldRule) },
      { layer: 'report', statuses: filterClosedStatuses(oldReport) },
      ...queryClosedStatusLists(oldQuery).map((statuses) => ({ layer: 'query', statuses }))
    ];
    expect(closedStatusMismatches(layers, ENGINE_CLOSED)).toEqual([
      "flow: Done, Won't Do (expected Done, Duplicate, Won't Do)",
      "rule: Done, Won't Do (expected Done, Duplicate, Won't Do)",
      "report: Done, Won't Do (expected Done, Duplicate, Won't Do)",
      "query: Done, Won't Do (expected Done, Duplicate, Won't Do)"
    ]);
    expect(flowClosedStatuses(oldFlow, 'Missing')).toEqual([]);
    expect(filterClosedStatuses('<x/>')).toEqual([]);
  });
});

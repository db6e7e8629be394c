/** @jest-environment node */
// The large sample org (npm start -- --gaps 2000 --submissions 50000) proposes a Top 10 with
// three likely duplicate pairs (one topic under two title templates): the tab must find exactly
// those, ranked with the published method and weights as the tab starts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSynonyms } from 'c/gapMatching';
import type { MetricsInput, RankingMethod, Weights } from 'c/gapRanking';
import { generateSampleData } from '../../../../../../tools/shared/sampleData/generate';
import { topDuplicatePairs } from '../duplicates';
import { RankingSession } from '../session';

function shippedSynonyms(): string {
  const xml = readFileSync(
    path.join(__dirname, '..', '..', '..', 'labels', 'CustomLabels.labels-meta.xml'),
    'utf8'
  );
  return /<fullName>GapMatching_Synonyms<\/fullName>[\s\S]*?<value>([\s\S]*?)<\/value>/.exec(
    xml
  )![1];
}

it('finds the three duplicate pairs of the large sample data in its proposed Top 10', () => {
  const data = generateSampleData({ seed: 1, gaps: 2000, submissions: 50000 });
  const input: MetricsInput = {
    gaps: data.Product_Gap__c.map((g) => ({
      id: g.Id,
      name: g.Name,
      status: g.Status__c,
      productArea: g.Product_Area__c,
      duplicateOfId: g.Duplicate_Of__c
    })),
    submissions: data.Product_Gap_Submission__c.map((s) => ({
      id: s.Id,
      gapId: s.Product_Gap__c,
      accountId: s.Account__c,
      opportunityId: s.Opportunity__c,
      severity: s.Severity__c,
      createdDate: s.CreatedDate
    })),
    accounts: data.Account.map((a) => ({
      id: a.Id,
      name: a.Name,
      strategic: Boolean(a.Strategic_Account__c),
      tam: a.TAM__c
    })),
    opportunities: data.Opportunity.map((o) => ({
      id: o.Id,
      name: o.Name,
      amount: o.Amount,
      isClosed: Boolean(o.IsClosed),
      isWon: Boolean(o.IsWon)
    }))
  };
  const published = data.Top_Ten_Revision__c[data.Top_Ten_Revision__c.length - 1];
  const session = new RankingSession();
  session.setData(input);
  const ranked = session.rank(
    published.Method__c as RankingMethod,
    JSON.parse(published.Weights__c as string) as Weights
  )!;
  const pairs = topDuplicatePairs(ranked.rows, parseSynonyms(shippedSynonyms()), {
    pair: '{1} | {3}',
    mark: ''
  });
  expect(pairs.map((pair) => pair.text).sort()).toEqual([
    'Add OAuth client credentials flow | OAuth client credentials flow for enterprise tenants',
    'Add webhook retries with dead-letter queue | Webhook retries with dead-letter queue in the admin console',
    'Configurable rate limits in the admin console | Configurable rate limits'
  ]);
});

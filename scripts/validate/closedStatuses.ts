// The closed-status rule (which Status__c values close a gap) is written once per layer: the
// engine's isClosedStatus, the GraphQL filters, the Resolved On flow, the merged-gap validation
// rule, the open-gaps report and list view, and the sample data. This reads each layer's list
// from the package source so a test can hold them equal.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** One layer's closed statuses as its source lists them (sorted, distinct). */
export interface LayerStatuses {
  layer: string;
  statuses: string[];
}

const unescapeXml = (text: string): string =>
  text
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
const sorted = (values: Iterable<string>): string[] => [...new Set(values)].sort();

/** The Status__c values a flow's decision rule compares with EqualTo (the "closed" rule). */
export function flowClosedStatuses(xml: string, ruleName: string): string[] {
  const rule = new RegExp(`<rules>\\s*<name>${ruleName}</name>([\\s\\S]*?)</rules>`).exec(xml);
  if (!rule) return [];
  const values = [
    ...rule[1].matchAll(
      /<leftValueReference>\$Record\.Status__c<\/leftValueReference>\s*<operator>EqualTo<\/operator>\s*<rightValue>\s*<stringValue>([^<]*)<\/stringValue>/g
    )
  ].map((match) => unescapeXml(match[1]));
  return sorted(values);
}

/** The statuses a validation rule formula accepts as closed: every NOT(ISPICKVAL(Status__c, "x")). */
export function formulaClosedStatuses(xml: string): string[] {
  const formula = unescapeXml(
    /<errorConditionFormula>([\s\S]*?)<\/errorConditionFormula>/.exec(xml)?.[1] ?? ''
  );
  return sorted(
    [...formula.matchAll(/NOT\(ISPICKVAL\(Status__c, "([^"]*)"\)\)/g)].map((match) => match[1])
  );
}

/** The comma-separated values of a notEqual Status filter (report criteria or list view filter). */
export function filterClosedStatuses(xml: string): string[] {
  const match =
    /Status__c<\/(?:column|field)>[\s\S]*?<operat(?:or|ion)>notEqual<\/operat(?:or|ion)>\s*<value>([^<]*)<\/value>/.exec(
      xml
    );
  return match ? sorted(unescapeXml(match[1]).split(',')) : [];
}

/** Every distinct `Status__c: { nin: [...] }` list in a GraphQL source file. */
export function queryClosedStatusLists(source: string): string[][] {
  const lists = [...source.matchAll(/Status__c: \{ nin: \[([^\]]*)\] \}/g)].map((match) =>
    sorted([...match[1].matchAll(/"([^"]*)"/g)].map((value) => value[1]))
  );
  const seen = new Map(lists.map((list) => [list.join('|'), list]));
  return [...seen.values()];
}

/** The closed statuses of each metadata layer and GraphQL file under force-app/main/default. */
export function packageClosedStatuses(root: string): LayerStatuses[] {
  const base = path.join(root, 'force-app', 'main', 'default');
  const read = (...parts: string[]) => readFileSync(path.join(base, ...parts), 'utf8');
  const layers: LayerStatuses[] = [
    {
      layer: 'flow Product_Gap_Resolved_On (Closed_Without_Date)',
      statuses: flowClosedStatuses(
        read('flows', 'Product_Gap_Resolved_On.flow-meta.xml'),
        'Closed_Without_Date'
      )
    },
    {
      layer: 'validation rule Merged_Gap_Must_Be_Closed',
      statuses: formulaClosedStatuses(
        read(
          'objects',
          'Product_Gap__c',
          'validationRules',
          'Merged_Gap_Must_Be_Closed.validationRule-meta.xml'
        )
      )
    },
    {
      layer: 'report Open_Gaps_By_Impacted_ARR',
      statuses: filterClosedStatuses(
        read('reports', 'GTM_Product_Gaps', 'Open_Gaps_By_Impacted_ARR.report-meta.xml')
      )
    },
    {
      layer: 'list view Open_Gaps_By_Product_Area',
      statuses: filterClosedStatuses(
        read(
          'objects',
          'Product_Gap__c',
          'listViews',
          'Open_Gaps_By_Product_Area.listView-meta.xml'
        )
      )
    }
  ];
  const dataDir = path.join(base, 'lwc', 'gapData');
  for (const file of readdirSync(dataDir)
    .filter((name) => name.endsWith('.ts'))
    .sort()) {
    for (const statuses of queryClosedStatusLists(readFileSync(path.join(dataDir, file), 'utf8')))
      layers.push({ layer: `GraphQL filters in gapData/${file}`, statuses });
  }
  return layers;
}

/** The layers whose list differs from `expected`, each as "layer: a, b (expected x, y, z)". */
export function closedStatusMismatches(
  layers: LayerStatuses[],
  expected: readonly string[]
): string[] {
  const want = sorted(expected);
  return layers
    .filter((layer) => layer.statuses.join('|') !== want.join('|'))
    .map(
      (layer) =>
        `${layer.layer}: ${layer.statuses.join(', ') || '(none)'} (expected ${want.join(', ')})`
    );
}

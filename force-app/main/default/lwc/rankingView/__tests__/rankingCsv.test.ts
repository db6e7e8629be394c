/** @jest-environment node */
import { computeGapMetrics, rankGaps } from 'c/gapRanking';
import type { MetricsInput } from 'c/gapRanking';
import { buildRows } from '../rows';
import { csvFileName, rankingCsv } from '../rankingCsv';
import type { CsvHeadings } from '../rankingCsv';
import input from './data/metricsInput.json';

const headings: CsvHeadings = {
  rank: 'Rank',
  name: 'Gap',
  id: 'Id',
  status: 'Status',
  productArea: 'Product area',
  metrics: {
    arr: 'Impacted ARR',
    accounts: 'Accounts',
    strategic: 'Strategic',
    p0: 'P0 accounts',
    tam: 'TAM',
    lost: 'Lost ARR'
  },
  metricRank: '{0} rank',
  score: 'Score',
  confidence: 'Confidence',
  githubUrl: 'GitHub'
};

const metrics = computeGapMetrics(input as MetricsInput);
const rows = buildRows(rankGaps(metrics.gaps), metrics.gaps);

describe('rankingCsv', () => {
  const lines = rankingCsv(rows, headings).split('\r\n');

  it('writes a heading line with each metric and its rank, then one line per row', () => {
    expect(lines[0]).toBe(
      'Rank,Gap,Id,Status,Product area,Impacted ARR,Impacted ARR rank,Accounts,Accounts rank,' +
        'Strategic,Strategic rank,P0 accounts,P0 accounts rank,TAM,TAM rank,Lost ARR,Lost ARR rank,' +
        'Score,Confidence,GitHub'
    );
    expect(lines).toHaveLength(rows.length + 2); // + heading + the empty string after the last CRLF
    const first = rows[0];
    expect(lines[1].startsWith(`1,${first.name},${first.id},${first.status},`)).toBe(true);
  });

  it('defuses a gap name that would run as a formula', () => {
    const line = lines.find((text) => text.includes('HYPERLINK'))!;
    expect(line).toContain(`"'=HYPERLINK(""x"") formula name"`);
  });

  it('leaves confidence empty until it is computed and writes it as a share after', () => {
    expect(lines[1].split(',')[18]).toBe('');
    const withShare = rankingCsv([{ ...rows[0], confidence: 0.5 }], headings).split('\r\n')[1];
    expect(withShare.split(',')[18]).toBe('0.5');
  });

  it('writes only the heading for no rows', () => {
    expect(rankingCsv([], headings).split('\r\n')).toHaveLength(2);
  });
});

describe('csvFileName', () => {
  it('names the file after the UTC date', () => {
    expect(csvFileName(new Date('2026-11-27T23:30:00Z'))).toBe('top-10-ranking-2026-11-27.csv');
  });
});

// Builders for curation tests: a ranking of open gaps in order, and a published revision, both as
// the pure modules take them and as the workbench passes them (table rows, gapData's RevisionView).
import type { RevisionView } from 'c/gapData';
import type { GapMetrics } from 'c/gapRanking';
import type { CurationGap, PublishedEntryView, PublishedRevisionView } from '../types';

/** An 18-character gap Id (lower case and digits only, so its case-safe suffix is AAA). */
export function gapId(index: number): string {
  return `a01${String(index).padStart(12, '0')}AAA`;
}

/** An open gap ranked at `rank` (1-based), with metrics falling with the rank. */
export function curationGap(rank: number, overrides: Partial<CurationGap> = {}): CurationGap {
  return {
    id: gapId(rank),
    name: `Gap ${rank}`,
    rank,
    score: 1 - rank / 100,
    status: 'Open',
    productArea: 'Search',
    githubUrl: null,
    metrics: { arr: 1000 * (30 - rank), accounts: 30 - rank, strategic: 3, p0: 2, tam: 0, lost: 0 },
    confidence: 0.5,
    openArr: 600 * (30 - rank),
    wonArr: 300 * (30 - rank),
    lostArr: 100 * (30 - rank),
    severityAccounts: { P0: 2, P1: 5, P2: 1 },
    ...overrides
  };
}

/** The ranking of `count` open gaps, gap i at rank i. */
export function ranking(count: number): CurationGap[] {
  return Array.from({ length: count }, (_, index) => curationGap(index + 1));
}

/** A published revision listing the given gap Ids at ranks 1..n. */
export function revision(
  gapIds: string[],
  overrides: Partial<PublishedRevisionView> = {},
  entry: (id: string, rank: number) => Partial<PublishedEntryView> = () => ({})
): PublishedRevisionView {
  return {
    id: 'a02000000000001AAA',
    publishedAt: '2026-11-20T10:00:00.000Z',
    publishedBy: 'Tess TPM',
    entries: gapIds.map((id, index) => ({
      gapId: id,
      rank: index + 1,
      gapName: `Published ${id}`,
      githubUrl: null,
      pinned: false,
      rationale: null,
      ...entry(id, index + 1)
    })),
    ...overrides
  };
}

/** Workbench-style rows for `count` open gaps, gap i at rank i. */
export function rows(count: number) {
  return Array.from({ length: count }, (_, index) => {
    const gap = curationGap(index + 1);
    return {
      id: gap.id,
      rank: gap.rank,
      name: gap.name,
      status: gap.status,
      productArea: gap.productArea,
      githubUrl: gap.githubUrl,
      metrics: gap.metrics,
      metricRanks: gap.metrics,
      score: gap.score,
      confidence: gap.confidence,
      submissionCount: 12
    };
  });
}

/** Metric details for the snapshot (ARR split, severity counts) of the same gaps. */
export function details(count: number): GapMetrics[] {
  return Array.from({ length: count }, (_, index) => {
    const gap = curationGap(index + 1);
    return {
      ...gap,
      mergedGapIds: [],
      submissionCount: 12,
      openArr: gap.openArr ?? 0,
      wonArr: gap.wonArr ?? 0,
      lostArr: gap.lostArr ?? 0,
      strategicArr: 0,
      lostDeals: 0,
      p0Share: 0.2,
      severityAccounts: gap.severityAccounts ?? { P0: 0, P1: 0, P2: 0 },
      hiddenAccountSubmissions: 0,
      hiddenOpportunitySubmissions: 0,
      hiddenRecordSubmissions: 0
    };
  });
}

/** A published revision as gapData maps it, listing the gaps (by index) at ranks 1..n. */
export function revisionView(
  indexes: number[],
  overrides: Partial<RevisionView> = {}
): RevisionView {
  return {
    id: 'a02000000000001AAA',
    status: 'Published',
    method: 'borda',
    weights: null,
    notes: null,
    publishedAt: '2026-11-20T10:00:00.000Z',
    supersedesKey: 'FIRST',
    previousRevisionId: null,
    publisherName: 'Tess TPM',
    entries: indexes.map((index, position) => ({
      id: `a03${String(position + 1).padStart(12, '0')}AAA`,
      rank: position + 1,
      gapId: gapId(index),
      githubUrl: null,
      pinned: false,
      rationale: null,
      gapName: index === 20 ? 'SAML single logout' : `Gap ${index}`,
      gapStatus: 'Open',
      productArea: 'Search',
      score: 0.5,
      confidence: 0.5,
      impactedArr: 1,
      openArr: 1,
      wonArr: 0,
      lostArr: 0,
      impactedTam: 0,
      impactedAccounts: 1,
      strategicAccounts: 0,
      p0Accounts: 0,
      p1Accounts: 1,
      p2Accounts: 0
    })),
    ...overrides
  };
}

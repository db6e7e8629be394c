// The shapes curation works on, kept apart from the markup so the pure draft, diff and payload
// modules (and their tests) need no DOM. Inputs come from the workbench (the engine's ranking
// joined to metric details) and from gapData (the published revision).
import type { EntryAlignment } from 'c/gapData';
import type { MetricValues, Severity } from 'c/gapRanking';

/** The size of the published list (Rank__c is 1–10). */
export const TOP_N = 10;

/** One open gap as ranked by the engine, with what a published entry snapshots. */
export interface CurationGap {
  id: string;
  name: string;
  /** 1-based position in the current overall order. */
  rank: number;
  score: number;
  status: string;
  productArea: string | null;
  githubUrl: string | null;
  metrics: MetricValues;
  /** Share (0–1) of weight perturbations keeping the gap in the Top 10; null while unknown. */
  confidence: number | null;
  /** Split of the impacted ARR and accounts by severity; null when the workbench did not pass them. */
  openArr: number | null;
  wonArr: number | null;
  lostArr: number | null;
  severityAccounts: Record<Severity, number> | null;
}

/** One entry of the published revision, as far as curation needs it. */
export interface PublishedEntryView {
  gapId: string;
  rank: number;
  /** The snapshot name (Gap_Name__c), shown even when the gap is no longer visible. */
  gapName: string;
  githubUrl: string | null;
  pinned: boolean;
  rationale: string | null;
  /** The Managers' roadmap alignment, carried into the next publish by gapData. */
  alignment?: EntryAlignment;
}

/** The published revision the view was built on. */
export interface PublishedRevisionView {
  id: string;
  publishedAt: string | null;
  publishedBy: string | null;
  entries: PublishedEntryView[];
}

/** What the ranking behind the proposed list rests on, as the workbench describes it. */
export interface PublishBasis {
  /** The date window in words ("All submissions, any date", "Submitted from … to …"). */
  window: string;
  /** The method's label, never its key. */
  method: string;
  /** The active weights in words ("Impacted ARR 3, Accounts 1"). */
  weights: string;
  gapCount: number;
  submissionCount: number;
  /** Why the ranking is partial (data not loaded or not visible), or null when it is complete. */
  partialReason: string | null;
}

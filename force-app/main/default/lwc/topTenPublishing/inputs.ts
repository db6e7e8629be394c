// The workbench hands over the engine's ranking (a Ranking, or its rows), the metric details and
// the published revision as gapData maps it; this turns them, once per change, into the plain
// shapes the draft and diff modules work on.
import type {
  GapMetrics,
  GapRecord,
  MetricValues,
  RankedGap,
  Ranking,
  RankingMethod,
  Weights
} from 'c/gapRanking';
import type { GapView, RevisionView } from 'c/gapData';
import { TOP_N } from './types';
import type { CurationGap, PublishedRevisionView } from './types';

/** A ranked row as the workbench may pass it (the engine's RankedGap or its table row). */
export interface RankedRowInput {
  id: string;
  name: string;
  rank: number;
  score: number;
  metrics: MetricValues;
  status?: string | null;
  productArea?: string | null;
  githubUrl?: string | null;
  confidence?: number | null;
  metricRanks?: MetricValues;
}

/**
 * The ranking as the workbench passes it: the engine's Ranking, its rows, or an object whose `gaps`
 * are the rows and whose `details` are the metric details (c/rankingView RankingFeed).
 */
export type RankingInput =
  | Ranking
  | { gaps: readonly RankedRowInput[]; details?: readonly GapMetrics[] }
  | readonly RankedRowInput[]
  | null
  | undefined;

/** Confidence per gap id, as a Map or a plain object. */
export type ConfidenceInput =
  ReadonlyMap<string, number> | Record<string, number> | null | undefined;

function rowsOf(ranking: RankingInput): readonly RankedRowInput[] {
  if (!ranking) return [];
  if (Array.isArray(ranking)) return ranking as readonly RankedRowInput[];
  const gaps = (ranking as Ranking).gaps;
  return Array.isArray(gaps) ? gaps : [];
}

function detailsOf(ranking: RankingInput): readonly GapMetrics[] | null {
  const own: unknown = ranking && 'details' in ranking ? ranking.details : null;
  return Array.isArray(own) ? own : null;
}

function confidenceOf(confidence: ConfidenceInput, id: string): number | null {
  if (!confidence) return null;
  const value =
    confidence instanceof Map
      ? confidence.get(id)
      : Object.prototype.hasOwnProperty.call(confidence, id)
        ? (confidence as Record<string, number>)[id]
        : undefined;
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/**
 * The ranked open gaps in ranking order, joined by id to their metric details (status, area, link,
 * ARR split, severity counts; `details`, else the ranking's own) and confidence; what a row or the
 * details lack reads as null.
 */
export function toCurationGaps(
  ranking: RankingInput,
  details?: readonly GapMetrics[] | null,
  confidence?: ConfidenceInput
): CurationGap[] {
  const byId = new Map((details ?? detailsOf(ranking) ?? []).map((gap) => [gap.id, gap]));
  return rowsOf(ranking)
    .filter((row) => row && typeof row.id === 'string')
    .map((row) => {
      const detail = byId.get(row.id);
      return {
        id: row.id,
        name: row.name,
        rank: row.rank,
        score: row.score,
        status: row.status ?? detail?.status ?? 'Open',
        productArea: row.productArea ?? detail?.productArea ?? null,
        githubUrl: row.githubUrl ?? detail?.githubUrl ?? null,
        metrics: row.metrics,
        confidence: row.confidence ?? confidenceOf(confidence, row.id),
        openArr: detail?.openArr ?? null,
        wonArr: detail?.wonArr ?? null,
        lostArr: detail?.lostArr ?? null,
        severityAccounts: detail?.severityAccounts ?? null
      };
    });
}

/**
 * The ranking as the engine's replacement proposal reads it (ids, names and ranks in order): the
 * given Ranking itself, or one rebuilt from rows whose per-metric detail the proposal never reads.
 */
export function toEngineRanking(
  ranking: RankingInput,
  method: RankingMethod,
  weights: Weights
): Ranking {
  if (ranking && !Array.isArray(ranking)) return ranking as Ranking;
  const zero = { arr: 0, accounts: 0, strategic: 0, p0: 0, tam: 0, lost: 0 };
  const gaps: RankedGap[] = rowsOf(ranking).map((row) => ({
    id: row.id,
    name: row.name,
    rank: row.rank,
    score: row.score,
    layer: 1,
    metrics: row.metrics,
    metricRanks: row.metricRanks ?? zero,
    metricPlaces: row.metricRanks ?? zero,
    shares: zero
  }));
  return { method, weights, gaps };
}

/** The published revision with its usable entries (a gap and a whole rank 1–10); null stays null. */
export function toPublishedRevision(
  revision: RevisionView | null | undefined
): PublishedRevisionView | null {
  if (!revision || typeof revision.id !== 'string') return null;
  const entries = (revision.entries ?? [])
    .filter(
      (entry) =>
        typeof entry.gapId === 'string' &&
        Number.isInteger(entry.rank) &&
        (entry.rank as number) >= 1 &&
        (entry.rank as number) <= TOP_N
    )
    .map((entry) => ({
      gapId: entry.gapId as string,
      rank: entry.rank as number,
      gapName: entry.gapName ?? (entry.gapId as string),
      githubUrl: entry.githubUrl,
      pinned: entry.pinned,
      rationale: entry.rationale,
      alignment: entry.alignment
    }));
  return {
    id: revision.id,
    publishedAt: revision.publishedAt,
    publishedBy: revision.publisherName,
    entries
  };
}

/** Current records of every gap curation knows: the ranked open gaps, then the published entries' gaps as read now. */
export function currentGapRecords(
  gaps: readonly CurationGap[],
  entryGaps: readonly GapView[]
): GapRecord[] {
  const records = new Map<string, GapRecord>();
  for (const gap of gaps) records.set(gap.id, { id: gap.id, name: gap.name, status: gap.status });
  for (const gap of entryGaps) records.set(gap.id, gap);
  return [...records.values()];
}

// What the customer panel holds from its read, and the local changes a saved edit or a
// withdrawal makes to it before the re-read brings other users' changes along.
import { mapCustomerSubmissions, mapRevisions } from 'c/gapData';
import type { CustomerSubmission, ReadData, RevisionView } from 'c/gapData';
import { ROW_TEXTS } from './labels';
import { customerGapRows, ranksOf } from './rows';
import type { CustomerGapRow } from './rows';

/** What the panel holds from its read: whether it answered, its errors, the submissions and their total. */
export interface PanelRead {
  loaded: boolean;
  errors: unknown;
  submissions: CustomerSubmission[];
  total: number | null;
  /** The Top 10 revision the ranks come from; null when it cannot be read. */
  revision: RevisionView | null;
  /** One row per submission, rebuilt once per change, not on every render. */
  rows: CustomerGapRow[];
}

/** Before the read answers. */
export const NOT_READ: PanelRead = {
  loaded: false,
  errors: null,
  submissions: [],
  total: null,
  revision: null,
  rows: []
};

function withRows(read: PanelRead): PanelRead {
  return { ...read, rows: customerGapRows(read.submissions, ranksOf(read.revision), ROW_TEXTS) };
}

/** The read once the wire emits: errors keep the submissions shown; an empty emit changes nothing (null). */
export function withReadResult(
  read: PanelRead,
  result: { data?: ReadData; errors?: unknown[] } | undefined,
  userId: string
): PanelRead | null {
  if (result?.errors?.length) return { ...read, loaded: true, errors: result.errors };
  if (!result?.data) return null;
  const submissions = mapCustomerSubmissions(result.data, userId);
  const total = result.data.uiapi?.query?.Product_Gap_Submission__c?.totalCount ?? null;
  return withRows({ ...read, loaded: true, errors: null, submissions, total });
}

/** The read once the published Top 10 is known (the rows gain their ranks); null without data. */
export function withRevision(read: PanelRead, data: ReadData | undefined): PanelRead | null {
  return data ? withRows({ ...read, revision: mapRevisions(data)[0] ?? null }) : null;
}

/** The read after a saved severity change or a withdrawal (severity undefined), applied locally. */
export function withChange(read: PanelRead, id: string, severity?: string): PanelRead {
  if (severity !== undefined) {
    const submissions = read.submissions.map((s) => (s.id === id ? { ...s, severity } : s));
    return withRows({ ...read, submissions });
  }
  const total = read.total === null ? null : read.total - 1;
  return withRows({ ...read, submissions: read.submissions.filter((s) => s.id !== id), total });
}

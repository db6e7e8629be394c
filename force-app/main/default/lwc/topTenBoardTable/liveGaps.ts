// The live gap records of the shown entries, read as an extra (current status, links to gaps the
// reader can open). A reader without access to gaps gets errors instead of data: that is
// recorded as "no gaps", never shown as a failure.
import { mapCurationEntryGaps } from 'c/gapData';
import type { GapView, ReadData } from 'c/gapData';
import type { GraphQLResult } from 'lightning/graphql';

/** The live gaps read for one set of gap Ids; gaps null when the read failed or is not permitted. */
export interface LiveGaps {
  key: string;
  gaps: GapView[] | null;
}

/** The live gaps a CurationEntryGaps result carries for `variables`; null while nothing arrived. */
export function liveGapsOf(
  variables: { gapIds: string[] } | null,
  result: GraphQLResult<ReadData> | undefined
): LiveGaps | null {
  if (!variables || (!result?.data && !result?.errors?.length)) return null;
  const gaps = result.errors?.length ? null : mapCurationEntryGaps(result.data);
  return { key: variables.gapIds.join(','), gaps };
}

/** The gaps of `live` when they were read for exactly these variables, else null. */
export function gapsFor(
  live: LiveGaps | null,
  variables: { gapIds: string[] } | null
): GapView[] | null {
  return live && variables && live.key === variables.gapIds.join(',') ? live.gaps : null;
}

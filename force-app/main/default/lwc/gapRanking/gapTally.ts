// The per-gap tally: one sequential walk over the submissions in gap order, counting each account
// and opportunity once per gap by stamping its table entry with the gap's slot.
import { OPEN, WON } from './denseRecords';
import type { DenseTable } from './denseRecords';
import type { GroupedSubmissions } from './submissionPasses';

/** Per ranked gap slot, the sums and distinct counts the metrics are made of. */
export interface GapTotals {
  arr: Float64Array;
  openArr: Float64Array;
  wonArr: Float64Array;
  lostArr: Float64Array;
  strategicArr: Float64Array;
  tam: Float64Array;
  lostDeals: Int32Array;
  accounts: Int32Array;
  strategic: Int32Array;
  /** Distinct accounts at their most severe submission: P0, P1, P2 (no severity: not kept). */
  p0: Int32Array;
  p1: Int32Array;
  p2: Int32Array;
}

function emptyTotals(n: number): GapTotals {
  return {
    arr: new Float64Array(n),
    openArr: new Float64Array(n),
    wonArr: new Float64Array(n),
    lostArr: new Float64Array(n),
    strategicArr: new Float64Array(n),
    tam: new Float64Array(n),
    lostDeals: new Int32Array(n),
    accounts: new Int32Array(n),
    strategic: new Int32Array(n),
    p0: new Int32Array(n),
    p1: new Int32Array(n),
    p2: new Int32Array(n)
  };
}

// Local copies for the hot loop (under CommonJS an imported binding is a property read).
const STAGE_OPEN = OPEN;
const STAGE_WON = WON;

/**
 * Totals of every ranked gap slot from the grouped submissions (entries perSlot[slot] to
 * perSlot[slot + 1]): amounts summed in submission order, each account and opportunity once per
 * gap, an account at its most severe submission. Writes the stamps of both tables (fresh ones only).
 */
export function tallyGaps(
  grouped: GroupedSubmissions,
  perSlot: Int32Array,
  rankedCount: number,
  accounts: DenseTable,
  opportunities: DenseTable
): GapTotals {
  const totals = emptyTotals(rankedCount);
  const byGap = grouped.byGap;
  const tamOf = accounts.value;
  const account = accounts.word;
  const amountOf = opportunities.value;
  const deal = opportunities.word;
  // Distinct accounts per best severity code 0..3 (3: none readable), reset per gap.
  const bySeverity = new Int32Array(4);
  for (let slot = 0; slot < rankedCount; slot++) {
    let arr = 0;
    let openArr = 0;
    let wonArr = 0;
    let lostArr = 0;
    let lostDeals = 0;
    let strategicArr = 0;
    let tam = 0;
    let accountCount = 0;
    let strategicCount = 0;
    bySeverity.fill(0);
    const end = 2 * perSlot[slot + 1];
    for (let p = 2 * perSlot[slot]; p < end; p += 2) {
      const a = byGap[p];
      const packed = byGap[p + 1];
      const severity = packed & 3;
      let strategic = false;
      if (a >= 0) {
        // account[4a + 2]: slot that last counted it; account[4a + 3]: strategic | best severity << 1.
        const flags = account[4 * a + 3];
        strategic = (flags & 1) === 1;
        if (account[4 * a + 2] !== slot) {
          account[4 * a + 2] = slot;
          account[4 * a + 3] = (flags & 1) | (severity << 1);
          bySeverity[severity]++;
          accountCount++;
          tam += tamOf[2 * a];
          if (strategic) strategicCount++;
        } else if (severity < flags >> 1) {
          account[4 * a + 3] = (flags & 1) | (severity << 1);
          bySeverity[flags >> 1]--;
          bySeverity[severity]++;
        }
      }
      const o = packed >> 2;
      if (o < 0) continue;
      const amount = amountOf[2 * o];
      // deal[4o + 2]: slot that last counted it; deal[4o + 3]: strategic slot * 4 + stage.
      const stageWord = deal[4 * o + 3];
      if (deal[4 * o + 2] !== slot) {
        deal[4 * o + 2] = slot;
        arr += amount;
        const stage = stageWord & 3;
        if (stage === STAGE_OPEN) openArr += amount;
        else if (stage === STAGE_WON) wonArr += amount;
        else {
          lostArr += amount;
          lostDeals++;
        }
      }
      if (strategic && stageWord >> 2 !== slot) {
        deal[4 * o + 3] = slot * 4 + (stageWord & 3);
        strategicArr += amount;
      }
    }
    totals.arr[slot] = arr;
    totals.openArr[slot] = openArr;
    totals.wonArr[slot] = wonArr;
    totals.lostArr[slot] = lostArr;
    totals.lostDeals[slot] = lostDeals;
    totals.strategicArr[slot] = strategicArr;
    totals.tam[slot] = tam;
    totals.accounts[slot] = accountCount;
    totals.strategic[slot] = strategicCount;
    totals.p0[slot] = bySeverity[0];
    totals.p1[slot] = bySeverity[1];
    totals.p2[slot] = bySeverity[2];
  }
  return totals;
}

// Accounts and opportunities as dense integer indexes and packed tables, built in one walk over
// the records (their ids indexed as their entries are filled): each id is mapped once,
// and everything the per-gap tally reads or stamps for one record sits in one 16-byte entry (one
// cache line), so the tally's random reads cost one memory access per record, not four.
import { IdIndex } from './idIndex';
import { NO_SEVERITY, money, severityCode } from './recordValues';
import type { AccountRecord, BadNumber, OpportunityRecord } from './types';

/** Opportunity stage codes of an opportunity entry. */
export const OPEN = 0;
export const WON = 1;
export const LOST = 2;

/**
 * Record j's entry: value at `value[2 * j]` (TAM or amount), two 32-bit words at
 * `word[4 * j + 2]` and `word[4 * j + 3]` (their meaning is the tally's, see gapTally.ts).
 */
export interface DenseTable {
  index: IdIndex;
  value: Float64Array;
  word: Int32Array;
}

// Local copy for the per-record loops (under CommonJS an imported binding is a property read).
const moneyOf = money;

/** A table with room for `items`: the caller adds each id to the index as it fills the entry. */
function denseTable(items: readonly { id: string }[]): DenseTable {
  const buffer = new ArrayBuffer(16 * items.length);
  return {
    index: new IdIndex(items, false),
    value: new Float64Array(buffer),
    word: new Int32Array(buffer)
  };
}

/**
 * Maps accounts to 0..n-1 in input order: value = TAM (a bad one counts as 0 and is pushed to
 * `bad`), word 2 = -1 (not counted yet), word 3 = 1 when strategic.
 */
export function denseAccounts(accounts: readonly AccountRecord[], bad: BadNumber[]): DenseTable {
  const table = denseTable(accounts);
  const { index, value, word } = table;
  for (let j = 0; j < accounts.length; j++) {
    const account = accounts[j];
    index.add(account.id, j);
    const tam = moneyOf(account.tam);
    if (Number.isNaN(tam)) bad.push({ recordId: account.id, field: 'tam', value: account.tam });
    else value[2 * j] = tam;
    word[4 * j + 2] = -1;
    word[4 * j + 3] = account.strategic === true ? 1 : 0;
  }
  return table;
}

/**
 * Maps opportunities to 0..n-1 in input order: value = amount (a bad one counts as 0 and is pushed
 * to `bad`), word 2 = -1 (not counted yet), word 3 = -4 + stage (OPEN, WON or LOST in its low bits).
 */
export function denseOpportunities(
  opportunities: readonly OpportunityRecord[],
  bad: BadNumber[]
): DenseTable {
  const table = denseTable(opportunities);
  const { index, value, word } = table;
  for (let k = 0; k < opportunities.length; k++) {
    const opportunity = opportunities[k];
    index.add(opportunity.id, k);
    const amount = moneyOf(opportunity.amount);
    if (Number.isNaN(amount)) {
      bad.push({ recordId: opportunity.id, field: 'amount', value: opportunity.amount });
    } else value[2 * k] = amount;
    word[4 * k + 2] = -1;
    word[4 * k + 3] = -4 + (!opportunity.isClosed ? OPEN : opportunity.isWon ? WON : LOST);
  }
  return table;
}

/**
 * severityCode with a memory: Severity__c has a handful of values, so each distinct text is parsed
 * once and found again by a short scan (identical strings compare by reference first).
 */
export function severityReader(): (text: string | null) => number {
  const texts: (string | null)[] = [];
  const codes: number[] = [];
  return (text) => {
    for (let c = 0; c < texts.length; c++) if (texts[c] === text) return codes[c];
    const code = severityCode(text);
    if (texts.length < 16) {
      texts.push(text);
      codes.push(code);
    }
    return code;
  };
}

export { NO_SEVERITY };

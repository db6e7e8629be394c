// Accounts and opportunities as dense integer indexes and typed columns: each id is mapped once,
// so the per-submission passes of the metrics read typed arrays, not string-keyed maps.
import { IdIndex } from './idIndex';
import { NO_SEVERITY, money, severityCode } from './recordValues';
import type { AccountRecord, BadNumber, OpportunityRecord } from './types';

/** Opportunity stage codes of DenseOpportunities.stage. */
export const OPEN = 0;
export const WON = 1;
export const LOST = 2;

export interface DenseAccounts {
  index: IdIndex;
  tam: Float64Array;
  strategic: Uint8Array;
}

export interface DenseOpportunities {
  index: IdIndex;
  amount: Float64Array;
  /** OPEN, WON or LOST */
  stage: Uint8Array;
}

/** Maps accounts to 0..n-1 in input order; a bad TAM counts as 0 and is pushed to `bad`. */
export function denseAccounts(accounts: readonly AccountRecord[], bad: BadNumber[]): DenseAccounts {
  const index = new IdIndex(accounts);
  const tam = new Float64Array(accounts.length);
  const strategic = new Uint8Array(accounts.length);
  for (let j = 0; j < accounts.length; j++) {
    const account = accounts[j];
    const value = money(account.tam);
    if (Number.isNaN(value)) bad.push({ recordId: account.id, field: 'tam', value: account.tam });
    else tam[j] = value;
    strategic[j] = account.strategic === true ? 1 : 0;
  }
  return { index, tam, strategic };
}

/** Maps opportunities to 0..n-1 in input order; a bad amount counts as 0 and is pushed to `bad`. */
export function denseOpportunities(
  opportunities: readonly OpportunityRecord[],
  bad: BadNumber[]
): DenseOpportunities {
  const index = new IdIndex(opportunities);
  const amount = new Float64Array(opportunities.length);
  const stage = new Uint8Array(opportunities.length);
  for (let k = 0; k < opportunities.length; k++) {
    const opportunity = opportunities[k];
    const value = money(opportunity.amount);
    if (Number.isNaN(value)) {
      bad.push({ recordId: opportunity.id, field: 'amount', value: opportunity.amount });
    } else amount[k] = value;
    stage[k] = !opportunity.isClosed ? OPEN : opportunity.isWon ? WON : LOST;
  }
  return { index, amount, stage };
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

// Salesforce-shaped record Ids for sample data and the local emulator.
import '../node/nodePlatform';
import { toCaseSafeId } from 'c/gapData';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
// Real Ids carry a 2-character pod and a reserved character after the key prefix.
const POD = '8d';
const RESERVED = '0';
const COUNTER_LENGTH = 9;
const MAX_COUNTER = 62 ** COUNTER_LENGTH;

/** Key prefixes: the standard ones are Salesforce's; the custom ones are fixed for this package's data. */
export const KEY_PREFIX = Object.freeze({
  Account: '001',
  Opportunity: '006',
  User: '005',
  Product_Gap__c: 'a01',
  Product_Gap_Submission__c: 'a02',
  Top_Ten_Revision__c: 'a03',
  Top_Ten_Entry__c: 'a04'
});

// The case-safe suffix algorithm lives once, in the package (CASESAFEID's rule).
export { toCaseSafeId };

/**
 * The n-th record Id (n: integer, 0 <= n < 62^9) under a 3-character key prefix, as an
 * 18-character case-safe Id. Distinct n give distinct Ids; the same inputs always give the same Id.
 */
export function makeRecordId(prefix: string, n: number): string {
  if (!/^[0-9A-Za-z]{3}$/.test(prefix)) throw new TypeError(`Bad key prefix: ${prefix}`);
  if (!Number.isSafeInteger(n) || n < 0 || n >= MAX_COUNTER) {
    throw new RangeError(`Record number out of range: ${n}`);
  }
  let counter = '';
  let rest = n;
  do {
    counter = BASE62.charAt(rest % 62) + counter;
    rest = Math.floor(rest / 62);
  } while (rest > 0);
  return toCaseSafeId(prefix + POD + RESERVED + counter.padStart(COUNTER_LENGTH, '0'));
}

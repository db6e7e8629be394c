// Salesforce-shaped record Ids for sample data and the local emulator.

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const SUFFIX_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
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

/**
 * Converts a 15-character case-sensitive Id to its 18-character case-safe form (the CASESAFEID
 * algorithm: one suffix character per 5-character chunk, encoding which characters are upper
 * case). An 18-character Id is normalised from its first 15 characters. Throws on anything else.
 */
export function toCaseSafeId(id: string): string {
  if (typeof id !== 'string' || !/^[0-9A-Za-z]{15}([0-9A-Za-z]{3})?$/.test(id)) {
    throw new TypeError(`Not a 15- or 18-character Salesforce Id: ${String(id)}`);
  }
  const id15 = id.slice(0, 15);
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let flags = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15.charAt(chunk * 5 + i);
      if (c >= 'A' && c <= 'Z') flags |= 1 << i;
    }
    suffix += SUFFIX_CHARS.charAt(flags);
  }
  return id15 + suffix;
}

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

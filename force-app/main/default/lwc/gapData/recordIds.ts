// Salesforce record Ids: the 15-character case-sensitive form and the 18-character case-safe
// form whose last three characters encode the case of the first fifteen. The submission key
// is built here only, so the emulator, the sample-data generator and the screens agree with the
// before-save flow and the validation rule (CASESAFEID on both sides).

const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const ID_15 = /^[a-zA-Z0-9]{15}$/;
const ID_18 = /^[a-zA-Z0-9]{18}$/;

/** The three checksum characters of a 15-character Id: one per block of five, bit i set when char i is A-Z. */
function checksum(id15: string): string {
  let suffix = '';
  for (let block = 0; block < 3; block++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15.charCodeAt(block * 5 + i);
      if (c >= 65 && c <= 90) bits |= 1 << i;
    }
    suffix += SUFFIX_ALPHABET[bits];
  }
  return suffix;
}

/** True when text is a 15-character Id or an 18-character Id whose suffix matches its first fifteen characters. */
export function isRecordId(text: unknown): text is string {
  if (typeof text !== 'string') return false;
  if (ID_15.test(text)) return true;
  if (!ID_18.test(text)) return false;
  return checksum(text.slice(0, 15)) === text.slice(15).toUpperCase();
}

/** The 18-character case-safe form of a 15- or 18-character Id (suffix upper-cased); throws on anything else. */
export function toCaseSafeId(id: string): string {
  if (!isRecordId(id)) throw new Error(`Not a Salesforce record Id: ${JSON.stringify(id)}`);
  const id15 = id.slice(0, 15);
  return id15 + checksum(id15);
}

/** Submission_Key__c: `<gap Id>:<account Id>:<opportunity Id or "none">`, all 18-character; throws on a bad Id. */
export function submissionKey(
  gapId: string,
  accountId: string,
  opportunityId: string | null | undefined
): string {
  const opportunity =
    opportunityId === null || opportunityId === undefined || opportunityId === ''
      ? 'none'
      : toCaseSafeId(opportunityId);
  return `${toCaseSafeId(gapId)}:${toCaseSafeId(accountId)}:${opportunity}`;
}

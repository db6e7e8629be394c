// The package's before-save record-triggered flows, mirrored as functions (a test compares their
// trigger objects and fields with the flow XML). Each returns the record with the flow's effect.
import { toCaseSafeId } from '../../scripts/sampleData/ids';
import type { SObject } from './store';

export interface BeforeSaveFlow {
  /** Flow API name (file name without .flow-meta.xml). */
  name: string;
  object: string;
  /** Create, or CreateAndUpdate. */
  trigger: 'Create' | 'CreateAndUpdate';
  /** Fields the flow reads to decide and compute. */
  reads: string[];
  /** The field it assigns. */
  writes: string;
  run(rec: SObject, prior: SObject | undefined, today: string): SObject;
}

const CLOSED = ['Done', "Won't Do"];

export const FLOWS: BeforeSaveFlow[] = [
  {
    name: 'Product_Gap_Resolved_On',
    object: 'Product_Gap__c',
    trigger: 'CreateAndUpdate',
    reads: ['Status__c', 'Resolved_On__c'],
    writes: 'Resolved_On__c',
    run(rec, _prior, today) {
      const closed = CLOSED.includes(String(rec.Status__c));
      if (closed && rec.Resolved_On__c == null) return { ...rec, Resolved_On__c: today };
      if (!closed && rec.Resolved_On__c != null) return { ...rec, Resolved_On__c: null };
      return rec;
    }
  },
  {
    name: 'Product_Gap_Submission_Key',
    object: 'Product_Gap_Submission__c',
    trigger: 'CreateAndUpdate',
    reads: ['Product_Gap__c', 'Account__c', 'Opportunity__c', 'Submission_Key__c'],
    writes: 'Submission_Key__c',
    run(rec) {
      if (typeof rec.Product_Gap__c !== 'string' || typeof rec.Account__c !== 'string') return rec;
      const opp =
        typeof rec.Opportunity__c === 'string' && rec.Opportunity__c
          ? toCaseSafeId(rec.Opportunity__c)
          : 'none';
      const key = `${toCaseSafeId(rec.Product_Gap__c)}:${toCaseSafeId(rec.Account__c)}:${opp}`;
      // Entry formula: ISBLANK(key) || key <> computed key. A create has a blank (or a forged) key;
      // a re-parent, also one the platform made without automation (Account merge), a stale one.
      const due = (rec.Submission_Key__c ?? '') !== key;
      return due ? { ...rec, Submission_Key__c: key } : rec;
    }
  },
  {
    name: 'Top_Ten_Revision_Supersedes_Key',
    object: 'Top_Ten_Revision__c',
    trigger: 'Create',
    reads: ['Previous_Revision__c', 'Supersedes_Key__c'],
    writes: 'Supersedes_Key__c',
    run(rec, prior) {
      if (prior || (rec.Supersedes_Key__c != null && rec.Supersedes_Key__c !== '')) return rec;
      const prev = rec.Previous_Revision__c;
      return {
        ...rec,
        Supersedes_Key__c: typeof prev === 'string' && prev ? toCaseSafeId(prev) : 'FIRST'
      };
    }
  }
];

/** Applies every before-save flow of `object` in order. */
export function runBeforeSaveFlows(
  object: string,
  rec: SObject,
  prior: SObject | undefined,
  today: string
): SObject {
  let out = rec;
  for (const f of FLOWS) {
    if (f.object !== object) continue;
    if (f.trigger === 'Create' && prior) continue;
    out = f.run(out, prior, today);
  }
  return out;
}

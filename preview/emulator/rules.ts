// The package's validation rules, compiled from their XML, run on every create and update.
import type { OrgDescribe } from '../../tools/shared/schema/describe';
import type { ValidationRuleMeta } from '../../tools/shared/schema/loadMetadata';
import { compileFormula, type Formula } from './formula';
import type { SObject } from './store';

export interface CompiledRule {
  meta: ValidationRuleMeta;
  formula: Formula;
}

export interface RuleViolation {
  rule: string;
  message: string;
  field?: string;
}

/** Active rules per object; throws if a formula names an unknown field or does not parse. */
export function compileRules(
  org: OrgDescribe,
  metas: ValidationRuleMeta[]
): Map<string, CompiledRule[]> {
  const byObject = new Map<string, CompiledRule[]>();
  for (const meta of metas) {
    if (!meta.active || !org[meta.object]) continue;
    const list = byObject.get(meta.object) ?? [];
    list.push({ meta, formula: compileFormula(org[meta.object], meta.formula) });
    byObject.set(meta.object, list);
  }
  return byObject;
}

/** The rules whose error condition holds for the record (prior = the stored record on update). */
export function violations(
  rules: CompiledRule[] | undefined,
  rec: SObject,
  prior: SObject | undefined
): RuleViolation[] {
  const out: RuleViolation[] = [];
  for (const r of rules ?? []) {
    const v = r.formula.evaluate(rec, prior);
    if (v.dataType === 'checkbox' && v.value === true) {
      out.push({
        rule: r.meta.name,
        message: r.meta.errorMessage,
        field: r.meta.errorDisplayField
      });
    }
  }
  return out;
}

// Test helper: evaluates a validation rule's formula with formulon, as the local emulator will.
// formulon ships no type declarations: typed here at the one call used.
const { parse } = require('formulon') as {
  parse(
    formula: string,
    substitutions: Record<string, unknown>
  ): { type: string; value?: unknown; message?: string };
};

export type FormulaValue =
  | { kind: 'text'; value: string | null }
  | { kind: 'number'; value: number | null }
  | { kind: 'picklist'; value: string | null; values: readonly string[] };

function literal(v: FormulaValue): Record<string, unknown> {
  if (v.value === null) return { type: 'literal', dataType: 'null', value: null, options: {} };
  switch (v.kind) {
    case 'text':
      return { type: 'literal', dataType: 'text', value: v.value, options: { length: 255 } };
    case 'number':
      return {
        type: 'literal',
        dataType: 'number',
        value: v.value,
        options: { length: 18, scale: 0 }
      };
    case 'picklist':
      return {
        type: 'literal',
        dataType: 'picklist',
        value: v.value,
        options: { values: v.values }
      };
  }
}

/** The formula as it reads when a record is inserted (formulon has no ISNEW / ISCHANGED). */
function onInsert(formula: string): string {
  return formula.replace(/ISNEW\(\s*\)/g, 'TRUE').replace(/ISCHANGED\(\s*\w+\s*\)/g, 'FALSE');
}

/** True when the rule's error condition holds for the record being inserted (it would be rejected); throws on formula errors. */
export function violates(formula: string, fields: Record<string, FormulaValue>): boolean {
  const substitutions = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, literal(v)]));
  const result = parse(onInsert(formula), substitutions);
  if (result.type === 'error') throw new Error(`formula error: ${result.message}`);
  return result.value === true;
}

/** Record Ids as a formula sees them: 15 characters (CASESAFEID turns them into 18). */
export const id15 = (id: string | null): FormulaValue => ({
  kind: 'text',
  value: id === null ? null : id.slice(0, 15)
});
export const text = (value: string | null): FormulaValue => ({ kind: 'text', value });

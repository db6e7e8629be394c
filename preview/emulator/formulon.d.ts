// Types for the parts of formulon (Salesforce formula parser, no bundled types) the emulator uses.
declare module 'formulon' {
  export interface FormulonLiteral {
    type: 'literal';
    dataType: string;
    value: unknown;
    options?: Record<string, unknown>;
  }
  export interface FormulonError {
    type: 'error';
    errorType: string;
    message: string;
  }
  /** Evaluates a formula with identifier substitutions. */
  export function parse(
    formula: string,
    substitutions?: Record<string, FormulonLiteral>
  ): FormulonLiteral | FormulonError;
  /** The formula's syntax tree. */
  export function ast(formula: string): unknown;
  /** Identifiers the formula references. */
  export function extract(formula: string): string[];
}

// The board tests' handle on the lightning/graphql test wire adapter (typed; the package's shim
// types it as unknown) and a filter that targets one read by its operation name.
import { graphql } from 'lightning/graphql';

type Config = Record<string, unknown>;

/** The wire adapter test double: emit data or errors to the wires whose config passes `filter`. */
export const boardWire = graphql as unknown as {
  emit(value: unknown, filter?: (config: Config) => boolean): void;
  emitErrors(errors: unknown, filter?: (config: Config) => boolean): void;
};

/** A wire filter: only the read named `operationName`. */
export const to =
  (operationName: string) =>
  (config: Config): boolean =>
    config.operationName === operationName;

// `lightning/graphql` for Node scripts: gql keeps the document's source text, which is what the
// emulator and the preview server's /graphql take; writes go through an explicit Transport.

export { gql } from '../gql';

/** Not available in Node: gapData's writes are given a Transport instead. */
export function executeMutation(): never {
  throw new Error('lightning/graphql executeMutation is not available in Node: pass a Transport');
}

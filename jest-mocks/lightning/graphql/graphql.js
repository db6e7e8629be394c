// Jest stand-in for `lightning/graphql`: sfdx-lwc-jest's wire adapter test double (`graphql.emit`,
// `graphql.emitErrors`, `graphql.getLastConfig`, `gql`) plus what that stub lacks:
// `executeMutation` (a mock each test answers, e.g. `executeMutation.mockResolvedValue(...)`).
// It exports exactly what the platform module exports (graphqlModuleExports.test.ts): a wire
// result is re-read with `refresh()` on the emitted value. A test may still
// `jest.mock('lightning/graphql', ...)` itself.
export { graphql, gql } from '@salesforce/sfdx-lwc-jest/src/lightning-stubs/graphql/graphql';

export const executeMutation = jest.fn(() => Promise.resolve({ data: {}, errors: undefined }));

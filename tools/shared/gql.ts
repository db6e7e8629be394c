// The one `gql` outside the platform: a GraphQL document is its source text.

/** Tags a GraphQL document and returns its text, placeholders spliced in. */
export function gql(literals: TemplateStringsArray, ...placeholders: unknown[]): string {
  return String.raw({ raw: literals }, ...placeholders);
}

// What a GraphQL document's validation says for the user of one permission set: the schema that
// set sees (fields it cannot read are absent, no mutation type when it can edit nothing).
import { parse, validate } from 'graphql';
import { buildUiApiSchema } from './buildSchema';

/** The validation messages of `document` against the schema `permissionSet` sees; [] when valid. */
export function validationErrorsAs(permissionSet: string, document: string): string[] {
  const { schema } = buildUiApiSchema({ forPermissionSets: [permissionSet] });
  if (document.trimStart().startsWith('mutation') && !schema.getMutationType()) {
    return ['no mutations at all'];
  }
  return validate(schema, parse(document)).map((e) => e.message);
}

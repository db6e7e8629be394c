// The documents as the platform receives them, found the way `npm run validate:queries` finds
// them: every gql`...` literal in gapData and every other component (tests aside), read from the
// sources (gql is a stub under Jest). No hand-kept list of files.
import { basename, resolve } from 'path';
import {
  extractDocuments,
  packageSources
} from '../../../../../../tools/shared/schema/validateQueries';

/** A GraphQL document of the package: its text and the file it is written in. */
export interface SourceDocument {
  file: string;
  text: string;
}

/** Every GraphQL document of the package's components, in file order. */
export const PACKAGE_DOCUMENTS: SourceDocument[] = packageSources(
  resolve(__dirname, '../..')
).flatMap((source) =>
  extractDocuments(source).documents.map(({ text }) => ({ file: source.path, text }))
);

/** The texts of the documents in files whose name matches `pattern`. */
export function documentsIn(pattern: RegExp): string[] {
  return PACKAGE_DOCUMENTS.filter((d) => pattern.test(basename(d.file))).map((d) => d.text);
}

/** The source text of the mutation named `operationName`; throws when there is none. */
export function mutationText(operationName: string): string {
  const found = PACKAGE_DOCUMENTS.find((d) =>
    new RegExp(`mutation ${operationName}\\b`).test(d.text)
  );
  if (!found) throw new Error(`No mutation ${operationName} in the package's components`);
  return found.text;
}

/** The variable names a mutation declares. */
export function declaredVariables(operationName: string): string[] {
  const text = mutationText(operationName);
  const header = text.slice(0, text.indexOf(')'));
  return [...header.matchAll(/\$(\w+):/g)].map((m) => m[1]);
}

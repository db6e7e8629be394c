// The documents as the platform receives them, read from the sources (gql is a stub under Jest).
import { readFileSync } from 'fs';
import { join } from 'path';

const FILES = [
  'mutations.ts',
  'alignment.ts',
  'publishFirstDocuments.ts',
  'publishNextDocuments.ts'
];

const TEXTS = FILES.flatMap((file) =>
  [...readFileSync(join(__dirname, '..', file), 'utf8').matchAll(/gql`([\s\S]*?)`/g)].map(
    (match) => match[1]
  )
);

/** The source text of the mutation named `operationName`; throws when there is none. */
export function mutationText(operationName: string): string {
  const text = TEXTS.find((t) => new RegExp(`mutation ${operationName}\\b`).test(t));
  if (!text) throw new Error(`No mutation ${operationName} in ${FILES.join(', ')}`);
  return text;
}

/** The variable names a mutation declares. */
export function declaredVariables(operationName: string): string[] {
  const text = mutationText(operationName);
  const header = text.slice(0, text.indexOf(')'));
  return [...header.matchAll(/\$(\w+):/g)].map((m) => m[1]);
}

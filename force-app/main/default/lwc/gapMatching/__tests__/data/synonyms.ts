// The synonym list shipped in the GapMatching_Synonyms Custom Label (the test reads the label
// file, so the shipped list is the list under test).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The shipped label's value, read from the labels metadata. */
export function shippedSynonyms(): string {
  const xml = readFileSync(
    join(__dirname, '..', '..', '..', '..', 'labels', 'CustomLabels.labels-meta.xml'),
    'utf8'
  );
  const match = /<fullName>GapMatching_Synonyms<\/fullName>[\s\S]*?<value>([\s\S]*?)<\/value>/.exec(
    xml
  );
  if (!match) throw new Error('GapMatching_Synonyms label missing');
  return match[1].replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

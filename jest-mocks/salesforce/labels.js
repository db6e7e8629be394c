// Custom Labels under Jest: `@salesforce/label/c.Name` resolves (see ../resolver.js) to the label's
// REAL value from force-app/main/default/labels/CustomLabels.labels-meta.xml, so no test copies
// label text by hand; `labelText('Name')` gives a test the same value to assert on.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const LABELS_FILE = join(
  __dirname,
  '../../force-app/main/default/labels/CustomLabels.labels-meta.xml'
);

let values;

/** Every label of the package, full name -> value, read once per test file. */
function labelValues() {
  if (!values) {
    values = new Map();
    const xml = readFileSync(LABELS_FILE, 'utf8');
    for (const [, body] of xml.matchAll(/<labels>([\s\S]*?)<\/labels>/g)) {
      const name = /<fullName>([^<]*)<\/fullName>/.exec(body);
      const value = /<value>([\s\S]*?)<\/value>/.exec(body);
      if (name && value) values.set(name[1].trim(), unescapeXml(value[1]));
    }
  }
  return values;
}

function unescapeXml(text) {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
}

/** The value a label import gives a test: the label's real text. */
function labelImport(name) {
  // A label the XML lacks keeps the LWC transformer's fallback (validate:metadata reports it).
  return labelValues().get(name) ?? `c.${name}`;
}

/** The real value of Custom Label `name` (without the `c.` prefix); throws if it does not exist. */
function labelText(name) {
  const value = labelValues().get(name);
  if (value === undefined) {
    throw new Error(`Custom Label c.${name} is not in CustomLabels.labels-meta.xml`);
  }
  return value;
}

module.exports = { labelImport, labelText };

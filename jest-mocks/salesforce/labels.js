// Custom Labels under Jest: `@salesforce/label/c.Name` resolves (see ../resolver.js) to the label's
// REAL value from force-app/main/default/labels/CustomLabels.labels-meta.xml, so no test copies
// label text by hand; `labelText('Name')` gives a test the same value to assert on.
//
// Migration: the screens' tests still assert the label NAME (`'c.Name'`, sfdx-lwc-jest's
// fallback). A test file under a folder matching LABEL_NAME_FOLDERS keeps that behaviour until
// its owner converts it and removes the folder from the list.
const { readFileSync } = require('node:fs');
const { join, sep } = require('node:path');

const LABELS_FILE = join(
  __dirname,
  '../../force-app/main/default/labels/CustomLabels.labels-meta.xml'
);

/** Test folders (lwc bundle name prefixes) whose tests still assert label names, not values. */
const LABEL_NAME_FOLDERS = [
  'rankingLoader',
  'rankingTable',
  'rankingView',
  'topTenBoard',
  'topTenCuration',
  'topTenDuplicates',
  'topTenPublishing',
  'topTenWorkbench'
];

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

/** True when the running test file is one that still asserts label names. */
function assertsLabelNames() {
  const testPath = globalThis.expect?.getState().testPath ?? '';
  const lwc = `${sep}lwc${sep}`;
  const at = testPath.indexOf(lwc);
  if (at < 0) return false;
  const bundle = testPath.slice(at + lwc.length).split(sep)[0];
  return LABEL_NAME_FOLDERS.some((prefix) => bundle.startsWith(prefix));
}

/** The value a label import gives the running test: the real text, or `c.Name` for legacy tests. */
function labelImport(name) {
  // The formatter's notation (`Format_*`: "#2", "#2 (tied)") is never screen text to assert by name.
  if (assertsLabelNames() && !name.startsWith('Format_')) return `c.${name}`;
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

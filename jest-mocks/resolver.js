// Jest resolver: sfdx-lwc-jest's, plus Custom Labels. `@salesforce/label/c.Name` resolves to a
// small generated module (one per label, in node_modules/.cache) that exports the label's value
// from ./salesforce/labels.js, so `jest.mock('@salesforce/label/c.Name', ...)` in a test still
// overrides it. An unknown label resolves to nothing, and the LWC transformer's fallback
// (`'c.Name'`) applies, as before.
const { existsSync, mkdirSync, renameSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const sfdxResolver = require('@salesforce/sfdx-lwc-jest/src/resolver');

const LABEL = /^@salesforce\/label\/c\.([A-Za-z0-9_]+)$/;
const OUT = join(__dirname, '../node_modules/.cache/gaps-jest-labels');
const LABELS = join(__dirname, 'salesforce/labels.js');

function labelModule(name) {
  const file = join(OUT, `c.${name}.js`);
  if (!existsSync(file)) {
    mkdirSync(OUT, { recursive: true });
    const source =
      `module.exports = { __esModule: true, default: ` +
      `require(${JSON.stringify(LABELS)}).labelImport(${JSON.stringify(name)}) };\n`;
    // Two workers may write the same label at once: write aside, then rename (atomic).
    const partial = `${file}.${process.pid}`;
    writeFileSync(partial, source);
    renameSync(partial, file);
  }
  return file;
}

let known;

module.exports = function resolve(request, options) {
  const label = LABEL.exec(request);
  if (label) {
    known ??= new Set(require(LABELS).labelNames());
    if (known.has(label[1])) return labelModule(label[1]);
  }
  return sfdxResolver(request, options);
};

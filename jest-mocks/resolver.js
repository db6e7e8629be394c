// Jest resolver: sfdx-lwc-jest's, plus Custom Labels. jest.config.js maps
// `@salesforce/label/c.Name` (moduleNameMapper) to node_modules/.cache/gaps-jest-labels/c.Name.js;
// this resolver writes that small module on first use. It exports the label's value from
// ./salesforce/labels.js (the real text; `c.Name` for a label the XML lacks, as the LWC
// transformer's fallback gives). Going through moduleNameMapper gives a label one module id
// whoever imports it, so `jest.mock('@salesforce/label/c.Name', ..., { virtual: true })` in a test
// overrides it in every order the test files run in.
const { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const sfdxResolver = require('@salesforce/sfdx-lwc-jest/src/resolver');

const OUT = join(__dirname, '../node_modules/.cache/gaps-jest-labels');
const LABEL_FILE = /[\\/]gaps-jest-labels[\\/]c\.([A-Za-z0-9_]+)\.js$/;
const LABELS = join(__dirname, 'salesforce/labels.js');

function labelModule(name) {
  const file = join(OUT, `c.${name}.js`);
  const source =
    `module.exports = { __esModule: true, default: ` +
    `require(${JSON.stringify(LABELS)}).labelImport(${JSON.stringify(name)}) };\n`;
  // Rewritten when it names another checkout's labels.js (a node_modules copied from a clone).
  if (!existsSync(file) || readFileSync(file, 'utf8') !== source) {
    mkdirSync(OUT, { recursive: true });
    // Two workers may write the same label at once: write aside, then rename (atomic).
    const partial = `${file}.${process.pid}`;
    writeFileSync(partial, source);
    renameSync(partial, file);
  }
  return file;
}

module.exports = function resolve(request, options) {
  const label = LABEL_FILE.exec(request);
  if (label) return labelModule(label[1]);
  return sfdxResolver(request, options);
};

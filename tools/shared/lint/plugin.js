// The repository's own ESLint rules, as a flat-config plugin (`local/<rule>`).
'use strict';

const { rule: lwsBlobMimeType } = require('./lwsBlobMimeType');
const { rule: importDirection } = require('./importDirection');

module.exports = {
  meta: { name: 'local' },
  rules: { 'lws-blob-mime-type': lwsBlobMimeType, 'import-direction': importDirection }
};

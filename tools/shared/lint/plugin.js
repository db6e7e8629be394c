// The repository's own ESLint rules, as a flat-config plugin (`local/<rule>`).
'use strict';

const { rule: lwsBlobMimeType } = require('./lwsBlobMimeType');

module.exports = {
  meta: { name: 'local' },
  rules: { 'lws-blob-mime-type': lwsBlobMimeType }
};

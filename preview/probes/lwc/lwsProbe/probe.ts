// What the test-only LWS probe tries, shared with its browser test (no `lwc` import here).

/** MIME types the probe tries: some LWS refuses (parameters, text/csv, scripts), some it allows. */
export const PROBED_TYPES = [
  'text/csv;charset=utf-8',
  'text/csv',
  'text/plain;charset=utf-8',
  'text/javascript',
  'application/vnd.ms-excel',
  'text/plain',
  'application/octet-stream',
  'application/json',
  'image/png',
  'text/markdown'
];

/** The storage key the probe writes; LWS stores it under a namespaced key, so the page cannot read it as is. */
export const PROBE_STORAGE_KEY = 'lwsProbe';

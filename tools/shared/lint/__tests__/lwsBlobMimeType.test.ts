/** @jest-environment node */
import { RuleTester } from 'eslint';
const { rule, isLwsAllowedMimeType, LWS_ALLOWED_MIME_TYPES } = require('../lwsBlobMimeType');

const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: 'module' } });

describe('lws-blob-mime-type', () => {
  tester.run('lws-blob-mime-type', rule, {
    valid: [
      "new Blob(['a'], { type: 'text/plain' });",
      "new Blob(['a'], { type: 'application/octet-stream' });",
      "new Blob(['a'], { type: 'image/png' });",
      "new Blob(['a'], { type: `application/json` });",
      "new File(['a'], 'a.pdf', { type: 'application/pdf' });",
      "new Blob(['<b/>'], { type: 'image/svg+xml' });",
      "const TYPE = 'text/plain'; export function f() { return new Blob(['a'], { type: TYPE }); }",
      // not the platform's Blob
      "new Something(['a'], { type: 'text/csv' });"
    ],
    invalid: [
      {
        // the old topTenWorkbench/download.ts form
        code: "new Blob(['\\uFEFF', 'a,b'], { type: 'text/csv;charset=utf-8' });",
        errors: [{ messageId: 'refused' }]
      },
      {
        code: "const T = 'text/csv;charset=utf-8'; new Blob(['a'], { type: T });",
        errors: [{ messageId: 'refused' }]
      },
      { code: "new Blob(['a'], { type: 'text/csv' });", errors: [{ messageId: 'refused' }] },
      {
        code: "new Blob(['a'], { type: 'text/plain;charset=utf-8' });",
        errors: [{ messageId: 'refused' }]
      },
      {
        code: "new File(['a'], 'a.js', { type: 'text/javascript' });",
        errors: [{ messageId: 'refused' }]
      },
      { code: "new Blob(['a']);", errors: [{ messageId: 'missing' }] },
      { code: "new Blob(['a'], {});", errors: [{ messageId: 'missing' }] },
      {
        code: "export function f(t) { return new Blob(['a'], { type: t }); }",
        errors: [{ messageId: 'notStatic' }]
      },
      { code: "new Blob(['a'], options);", errors: [{ messageId: 'notStatic' }] }
    ]
  });

  // preview/browser/lws.test.ts checks the same list against the LWS runtime in the preview.
  it('allows only bare listed types, whatever the case', () => {
    expect(isLwsAllowedMimeType('TEXT/PLAIN')).toBe(true);
    expect(isLwsAllowedMimeType('video/webm')).toBe(true);
    expect(isLwsAllowedMimeType('text/plain ')).toBe(false);
    expect(isLwsAllowedMimeType('text/csv')).toBe(false);
    expect(isLwsAllowedMimeType('')).toBe(false);
    expect(LWS_ALLOWED_MIME_TYPES).toContain('application/octet-stream');
  });
});

// Saves text as a file from the browser: a Blob behind an object URL, clicked through a
// temporary anchor with `download` — no library, nothing leaves the page.

/**
 * The Blob type of a download. Lightning Web Security lets `URL.createObjectURL` take only a listed
 * set of MIME types without parameters (text/csv and `;charset=` are refused with "Unsupported MIME
 * type"): the file's name carries `.csv`, and the byte order mark carries UTF-8.
 */
export const DOWNLOAD_MIME_TYPE = 'text/plain';

/** Starts the download of `text` as `fileName` (UTF-8 with a BOM so spreadsheets read accents); returns the object URL used. */
export function downloadText(text: string, fileName: string): string {
  const blob = new Blob(['\uFEFF', text], { type: DOWNLOAD_MIME_TYPE });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.style.display = 'none';
  document.body.appendChild(anchor);
  anchor.click();
  document.body.removeChild(anchor);
  // The click has handed the blob to the browser; the URL is released once the download starts.
  // eslint-disable-next-line @lwc/lwc/no-async-operation
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return url;
}

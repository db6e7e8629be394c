// Saves text as a file from the browser: a Blob behind an object URL, clicked through a
// temporary anchor with `download` — no library, nothing leaves the page.

/** Starts the download of `text` as `fileName` (UTF-8 with a BOM so spreadsheets read accents); returns the object URL used. */
export function downloadText(
  text: string,
  fileName: string,
  mimeType = 'text/csv;charset=utf-8'
): string {
  const blob = new Blob(['\uFEFF', text], { type: mimeType });
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

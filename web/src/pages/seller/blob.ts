/** Hands a downloaded file (PDF, XLSX) to the browser under a name; a link cannot carry the bearer token. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // The click has started the download; the URL may go after this turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Opens a PDF in a new tab (a phone shows it in its viewer). */
export function openBlob(blob: Blob): void {
  const url = URL.createObjectURL(blob);
  window.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

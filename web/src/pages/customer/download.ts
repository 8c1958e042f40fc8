/** Saves a Blob the API answered (PDF, XLSX) under a file name: links cannot carry the bearer token. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser the moment it needs to start the download before the URL dies.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

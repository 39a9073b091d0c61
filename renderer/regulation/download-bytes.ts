// Hands bytes to the member as a file download (the Electron shell allows blob downloads
// from the app's origin). The object URL lives only for the click.
export function downloadBytes(fileName: string, bytes: Uint8Array, type: string): void {
  const copy = new Uint8Array(bytes);
  const url = URL.createObjectURL(new Blob([copy.buffer], { type }));
  const link = document.createElement('a');

  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();

  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}

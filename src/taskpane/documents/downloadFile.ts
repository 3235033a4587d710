import type { MadeFile } from '../../domain/documents/documentModel';

/** How long the blob URL lives after the click: the download has long started by then. */
const RELEASE_AFTER_MS = 60_000;

/**
 * Hands bytes to the browser's download (the pane has no file system of its own): an `<a download>` on a
 * blob URL, clicked once and released a minute later (revoking at once cancels the download in some
 * browsers). Offer it only where the host lets downloads through (office/openBrowserWindow:
 * directDownloadWorks).
 */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), RELEASE_AFTER_MS);
  }
}

/** A made document to the browser's download. */
export function downloadFile(file: MadeFile): void {
  // A copy in a fresh ArrayBuffer: the Blob constructor takes no view on a shared buffer.
  downloadBlob(file.name, new Blob([file.bytes.slice()], { type: file.contentType }));
}

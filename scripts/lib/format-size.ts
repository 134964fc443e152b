/** A file size as the logs, the bench and the demo show it ("512 B", "14.2 KB"): one line, not worth pretty-bytes. */
export function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

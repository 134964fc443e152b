/**
 * A file size as the build logs, the bench and the demo show it: "512 B", "14.2 KB".
 * Why no standard tool: pretty-bytes would do it, but one line is not worth a dependency.
 */
export function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

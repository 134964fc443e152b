/** Whether the locale's texts must tell the reader that a native speaker has not checked them yet. */
export function awaitsReview(texts: {review: string; 'summary-review': string}): boolean {
  return texts.review === 'pending' || texts['summary-review'] === 'pending';
}

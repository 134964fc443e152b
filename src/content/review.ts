import type {LocaleTexts} from '../../content-model/types.js';

/** Whether the locale's texts must tell the reader that a native speaker has not checked them yet. */
export function awaitsReview(texts: Pick<LocaleTexts, 'review' | 'summary-review'>): boolean {
  return texts.review === 'pending' || texts['summary-review'] === 'pending';
}

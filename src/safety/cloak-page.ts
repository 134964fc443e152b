/**
 * What quick exit does to the partner's page in the moment before it leaves, and how that is
 * undone if a browser ever shows the page again from its back-forward cache:
 *  - the whole page is hidden (visibility on <html>), not only the guide, so nothing of it is
 *    left on screen while the next page loads; the guide's own cover (a modal dialog in the
 *    top layer) stays visible above it and makes the rest inert for assistive technology;
 *  - the tab's title is blanked, so it does not linger in the tab strip or the task switcher.
 *    A zero-width space, not an empty title: with no title, browsers show the address instead;
 *  - the page's referrer policy becomes no-referrer, so the exit destination is not told which
 *    page the reader came from.
 * Only CSSOM and DOM calls: a strict Content-Security-Policy allows them.
 */

const blankTitle = '\u200b';

export interface Cloak {
  /** Shows the page again as it was (title and visibility); the referrer policy stays strict. */
  restore(): void;
}

export function cloakPage(doc: Document = document): Cloak {
  const root = doc.documentElement;
  const visibility = root.style.getPropertyValue('visibility');
  const priority = root.style.getPropertyPriority('visibility');
  const title = doc.title;
  root.style.setProperty('visibility', 'hidden', 'important');
  doc.title = blankTitle;
  // The policy takes effect as the element is inserted, before the navigation starts. It is
  // not undone on removal, so the element stays and says what the policy now is.
  const meta = doc.createElement('meta');
  meta.name = 'referrer';
  meta.content = 'no-referrer';
  doc.head.append(meta);
  return {
    restore() {
      if (visibility) root.style.setProperty('visibility', visibility, priority);
      else root.style.removeProperty('visibility');
      doc.title = title;
    },
  };
}

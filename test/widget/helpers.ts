/** Small helpers shared by the widget tests: what a reader sees, not how it is built. */

export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root`);
  return el.shadowRoot;
}

/**
 * Every rule the shadow root adopted, depth first, with the rules inside @media, @container
 * and other grouping rules after their group. Grouping is told by `cssRules`, not instanceof,
 * so that it works for a guide in an iframe (another realm) too.
 */
export function allRules(root: ShadowRoot): CSSRule[] {
  const rules: CSSRule[] = [];
  const walk = (list: CSSRuleList) => {
    for (const rule of list) {
      rules.push(rule);
      if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules);
    }
  };
  for (const sheet of root.adoptedStyleSheets) walk(sheet.cssRules);
  return rules;
}

/** Text as a reader gets it: whitespace collapsed, trimmed. */
export function visibleText(node: Node): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Every heading in the guide, in document order, as [tag, text]. */
export function headings(el: Element): [string, string][] {
  return [...shadow(el).querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => [h.tagName, visibleText(h)]);
}

/** Records console.warn calls until `restore()`. */
export function captureWarnings(): {messages: string[]; restore: () => void} {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return {messages, restore: () => (console.warn = original)};
}

/**
 * Opens every "More", as a reader does, and waits until the full texts they fetch are shown
 * (src/i18n/languages.ts fetches them the first time one opens).
 */
export async function openEveryMore(el: HTMLElement & {updateComplete: Promise<boolean>}): Promise<void> {
  const closed = [...shadow(el).querySelectorAll<HTMLDetailsElement>('details.more:not([open])')];
  if (closed.length === 0) return;
  const toggled = new Promise((resolve) => closed[0].addEventListener('toggle', resolve, {once: true}));
  for (const details of closed) details.querySelector('summary')!.click();
  await toggled;
  await el.updateComplete;
}

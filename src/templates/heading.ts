import {html, type TemplateResult} from 'lit';

/**
 * A real heading at `level` (1–6, clamped), so the guide fits the partner page's outline.
 * Six plain templates rather than a dynamic tag: Lit cannot bind a tag name, and static
 * templates would cost more than these few lines.
 */
export function heading(level: number, id: string, text: string | TemplateResult, className = ''): TemplateResult {
  const c = `heading ${className}`.trim();
  switch (Math.min(Math.max(Math.round(level), 1), 6)) {
    case 1:
      return html`<h1 id=${id} class=${c} part="heading" tabindex="-1">${text}</h1>`;
    case 2:
      return html`<h2 id=${id} class=${c} part="heading" tabindex="-1">${text}</h2>`;
    case 3:
      return html`<h3 id=${id} class=${c} part="heading" tabindex="-1">${text}</h3>`;
    case 4:
      return html`<h4 id=${id} class=${c} part="heading" tabindex="-1">${text}</h4>`;
    case 5:
      return html`<h5 id=${id} class=${c} part="heading" tabindex="-1">${text}</h5>`;
    default:
      return html`<h6 id=${id} class=${c} part="heading" tabindex="-1">${text}</h6>`;
  }
}

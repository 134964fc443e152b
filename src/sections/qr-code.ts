import {html, svg, type TemplateResult} from 'lit';
import type {WidgetQr} from '../content/widget-types.js';

/**
 * A QR code as inline SVG, drawn from a matrix computed at build time. The quiet zone is
 * part of the viewBox, and the background is always white so phones can read it in dark mode.
 */
export function qrCode(qr: WidgetQr, label: string): TemplateResult {
  const side = qr.size + 8;
  return html`<svg class="qr" part="qr" viewBox="0 0 ${side} ${side}" role="img" aria-label=${label} shape-rendering="crispEdges">
    ${svg`<rect width=${side} height=${side} fill="#fff"></rect><path d=${qr.path} fill="#000"></path>`}
  </svg>`;
}

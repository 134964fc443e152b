import {html, svg, type TemplateResult} from 'lit';
import type {WidgetQr} from '../content/widget-types.js';
import {bitAt, qrPath, quietZoneModules} from '../content/qr-path.js';

/**
 * A QR code as inline SVG, drawn from a matrix computed at build time (only its bits ship: a
 * smaller download than the path they make). The quiet zone is
 * part of the viewBox, and the background is always white so phones can read it in dark mode.
 */
export function qrCode(qr: WidgetQr, label: string): TemplateResult {
  const side = qr.size + 2 * quietZoneModules;
  return html`<svg class="qr" part="qr" viewBox="0 0 ${side} ${side}" role="img" aria-label=${label} shape-rendering="crispEdges">
    ${svg`<rect width=${side} height=${side} fill="#fff"></rect><path d=${qrPath(qr.size, (i) => bitAt(qr.bits, i))} fill="#000"></path>`}
  </svg>`;
}

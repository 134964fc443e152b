/** The printed formats: which layout draws each, on what paper, in how many pages. */
import type {GuideContent} from '../content-model/types.js';
import {card} from './layouts/card.js';
import {leaflet} from './layouts/leaflet.js';
import {posterA3, posterA4} from './layouts/poster.js';
import {walletCard} from './layouts/wallet-card.js';
import type {LayoutOptions} from './options.js';
import type {TDocumentDefinitions} from 'pdfmake/interfaces';

export type Layout = (content: GuideContent, locale: string, options?: LayoutOptions) => TDocumentDefinitions;

export interface Format {
  id: string;
  /** What a partner calls it, e.g. on the demo's leaflets page. */
  name: string;
  layout: Layout;
  /** Page size in points as pdfinfo reports it, width × height. */
  pagePt: [number, number];
  /** The most pages the format may take; the build shrinks the text rather than exceed it. */
  maxPages: number;
  /** Which QR codes the format carries. */
  codes: ('okit' | 'iom')[];
  describe: string;
}

export const formats: Format[] = [
  {id: 'leaflet-a4', name: 'Leaflet, A4', layout: leaflet, pagePt: [595.28, 841.89], maxPages: 2, codes: ['okit', 'iom'], describe: 'the whole guide, A4 portrait, 1-2 pages'},
  {id: 'card-a6', name: 'Pocket card, A6', layout: card, pagePt: [297.64, 419.53], maxPages: 1, codes: ['okit', 'iom'], describe: 'the hotline and the essentials, A6 portrait'},
  {id: 'wallet-card', name: 'Wallet card', layout: walletCard, pagePt: [240.94, 155.91], maxPages: 1, codes: ['okit'], describe: 'discreet 85 × 55 mm card, landscape'},
  {id: 'poster-a4', name: 'Tear-off poster, A4', layout: posterA4, pagePt: [595.28, 841.89], maxPages: 1, codes: ['okit', 'iom'], describe: 'poster with tear-off strips, A4 portrait'},
  {id: 'poster-a3', name: 'Tear-off poster, A3', layout: posterA3, pagePt: [841.89, 1190.55], maxPages: 1, codes: ['okit', 'iom'], describe: 'poster with tear-off strips, A3 portrait'},
];

export const formatIds = formats.map((f) => f.id);

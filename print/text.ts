/**
 * Turns the locale's texts into pdfmake inlines. Facts come only from facts.yaml, through
 * the `{tel:ID}`, `{tel-domestic:ID}`, `{link:ID}` and `{material:ID}` tokens.
 */
import {serviceById} from '../src/content/service-by-id.js';
import {displayUrl, splitTokens} from '../src/content/tokens.js';
import {factsUpdated, type Block, type GuideContent, type LocaleTexts, type Phone, type Service} from '../content-model/types.js';
import type {Content, ContentText} from 'pdfmake/interfaces';

/** The print texts a layout uses; all of them exist in every locale (see content/hu/guide.yaml). */
export type PrintKey = 'headline' | 'tagline' | 'qr-okit' | 'qr-iom' | 'tear-off' | 'partner' | 'wallet' | 'call';

/** The ids of the two services the QR codes lead to: the hotline, and IOM's further information. */
export const hotlineId = 'okit';
export const iomId = 'iom-information';

export function localeTexts(content: GuideContent, locale: string): LocaleTexts {
  const texts = content.locales[locale];
  if (!texts) throw new Error(`no texts for locale "${locale}"; the content has ${Object.keys(content.locales).join(', ')}`);
  return texts;
}

export function printText(texts: LocaleTexts, key: PrintKey): string {
  const text = texts.print[key];
  if (text === undefined) throw new Error(`content/${texts.locale}/guide.yaml has no print.${key}; add it (see content/hu/guide.yaml)`);
  return text;
}

function service(content: GuideContent, id: string): Service {
  const found = serviceById(content.facts, id);
  if (!found) throw new Error(`facts.yaml has no service "${id}"`);
  return found;
}

export function phoneOf(content: GuideContent, id: string): Phone {
  const phone = service(content, id).phone;
  if (!phone) throw new Error(`facts.yaml: service "${id}" has no phone`);
  return phone;
}

export function urlOf(content: GuideContent, id: string): string {
  const url = service(content, id).url;
  if (!url) throw new Error(`facts.yaml: service "${id}" has no url`);
  return url;
}

/** A text with its tokens resolved: numbers and addresses are links in the PDF, in black like the rest. */
export function inlines(content: GuideContent, texts: LocaleTexts, text: string): (string | ContentText)[] {
  return splitTokens(text).map((piece): string | ContentText => {
    if (typeof piece === 'string') return piece;
    switch (piece.kind) {
      case 'tel':
      case 'tel-domestic': {
        // A short number such as 112 is dialled as it is, from anywhere.
        const dial = service(content, piece.id).dial;
        if (piece.kind === 'tel' && dial) return {text: dial, link: `tel:${dial}`, bold: true, noWrap: true};
        const phone = phoneOf(content, piece.id);
        return {text: piece.kind === 'tel' ? phone.international : phone.domestic, link: `tel:${phone.e164}`, bold: true, noWrap: true};
      }
      case 'link': {
        const url = urlOf(content, piece.id);
        return {text: displayUrl(url), link: url, bold: true};
      }
      case 'material': {
        const name = texts.materials[piece.id];
        if (name === undefined) throw new Error(`content/${texts.locale}/guide.yaml has no materials.${piece.id}`);
        return name;
      }
    }
    throw new Error(`unknown token kind in "${text}"`);
  });
}

/** A section block as pdfmake content: a paragraph, a bulleted list, or a service's types as a list. */
export function blockContent(content: GuideContent, texts: LocaleTexts, block: Block): Content {
  if (typeof block === 'string') return {text: inlines(content, texts, block), style: 'paragraph'};
  if ('list' in block) return {ul: block.list.map((item) => ({text: inlines(content, texts, item)})), style: 'list'};
  const [ids, names, key] =
    'types' in block
      ? [service(content, block.types).types ?? [], texts.types, 'types']
      : [(service(content, block.eligibility).eligibility ?? []).map((e) => e.id), texts.eligibility, 'eligibility'];
  return {
    ul: ids.map((id) => {
      const name = names[id];
      if (name === undefined) throw new Error(`content/${texts.locale}/guide.yaml has no ${key}.${id}`);
      return name;
    }),
    style: 'list',
  };
}

/** The day the content was last updated, YYYY-MM-DD: printed on every sheet. */
export function factsDay(content: GuideContent): string {
  return factsUpdated(content.facts);
}

/** The fixed date of every printed file: the day the content was last updated. */
export function factsDate(content: GuideContent): Date {
  return new Date(`${factsDay(content)}T00:00:00Z`);
}

/**
 * Resolves the checked content into the print model (`model.ts`), once, at build time (Node).
 * Facts come only from facts.yaml, through the `{tel:ID}`, `{tel-domestic:ID}`, `{link:ID}`
 * and `{material:ID}` tokens; QR matrices come from the same encoder as the widget's.
 */
import {qrMatrix, qrSvgPath} from '../content-model/qr.js';
import {factsUpdated, type Block, type GuideContent, type LocaleTexts, type Phone, type Service} from '../content-model/types.js';
import {awaitsReview} from '../src/content/review.js';
import {serviceById} from '../src/content/service-by-id.js';
import {displayUrl, splitTokens} from '../src/content/tokens.js';
import type {Inline, PrintBlock, PrintFacts, PrintModel, PrintQr, PrintQrLevel, PrintTexts, QrTarget} from './model.js';

/** The ids of the two services the QR codes lead to: the hotline, and IOM's further information. */
export const hotlineId = 'okit';
export const iomId = 'iom-information';
/** The section whose plain summary the cards and posters print. */
const hotlineSection = 'hotline';

/** The print texts a layout uses; all of them exist in every locale (see content/hu/guide.yaml). */
type PrintKey = 'headline' | 'tagline' | 'qr-okit' | 'qr-iom' | 'tear-off' | 'partner' | 'wallet' | 'call' | 'sticker';

function service(content: GuideContent, id: string): Service {
  const found = serviceById(content.facts, id);
  if (!found) throw new Error(`facts.yaml has no service "${id}"`);
  return found;
}

function phoneOf(content: GuideContent, id: string): Phone {
  const phone = service(content, id).phone;
  if (!phone) throw new Error(`facts.yaml: service "${id}" has no phone`);
  return phone;
}

function urlOf(content: GuideContent, id: string): string {
  const url = service(content, id).url;
  if (!url) throw new Error(`facts.yaml: service "${id}" has no url`);
  return url;
}

function qrOf(content: GuideContent, id: string, level: PrintQrLevel): PrintQr {
  const url = urlOf(content, id);
  const matrix = qrMatrix(url, level);
  return {url, level, display: displayUrl(url), size: matrix.size, path: qrSvgPath(matrix)};
}

/** Both codes at one level. */
function codesOf(content: GuideContent, level: PrintQrLevel): Record<QrTarget, PrintQr> {
  return {okit: qrOf(content, hotlineId, level), iom: qrOf(content, iomId, level)};
}

function printText(texts: LocaleTexts, key: PrintKey): string {
  const text = texts.print[key];
  if (text === undefined) throw new Error(`content/${texts.locale}/guide.yaml has no print.${key}; add it (see content/hu/guide.yaml)`);
  return text;
}

/** A text with its tokens resolved: numbers and addresses become links. */
function inlines(content: GuideContent, texts: LocaleTexts, text: string): Inline[] {
  return splitTokens(text).map((piece): Inline => {
    if (typeof piece === 'string') return piece;
    switch (piece.kind) {
      case 'tel':
      case 'tel-domestic': {
        // A short number such as 112 is dialled as it is, from anywhere.
        const dial = service(content, piece.id).dial;
        if (piece.kind === 'tel' && dial) return {text: dial, link: `tel:${dial}`, noWrap: true};
        const phone = phoneOf(content, piece.id);
        return {text: piece.kind === 'tel' ? phone.international : phone.domestic, link: `tel:${phone.e164}`, noWrap: true};
      }
      case 'link': {
        const url = urlOf(content, piece.id);
        return {text: displayUrl(url), link: url};
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

/** A section block: a paragraph, a bulleted list, or a service's types or admissions as a list. */
function block(content: GuideContent, texts: LocaleTexts, value: Block): PrintBlock {
  if (typeof value === 'string') return {paragraph: inlines(content, texts, value)};
  if ('list' in value) return {list: value.list.map((item) => inlines(content, texts, item))};
  const [ids, names, key] =
    'types' in value
      ? [service(content, value.types).types ?? [], texts.types, 'types']
      : [(service(content, value.eligibility).eligibility ?? []).map((e) => e.id), texts.eligibility, 'eligibility'];
  return {
    list: ids.map((id) => {
      const name = names[id];
      if (name === undefined) throw new Error(`content/${texts.locale}/guide.yaml has no ${key}.${id}`);
      return [name];
    }),
  };
}

/** The hotline section's plain-language summary as one paragraph. */
function summary(content: GuideContent, texts: LocaleTexts): Inline[] {
  const sentences = texts.sections[hotlineSection]?.summary;
  if (!sentences) throw new Error(`content/${texts.locale}/guide.yaml has no sections.${hotlineSection}.summary`);
  return sentences.flatMap((sentence, index) => [...(index > 0 ? [' '] : []), ...inlines(content, texts, sentence.text)]);
}

function languageTexts(content: GuideContent, texts: LocaleTexts): PrintTexts {
  const resolved: PrintTexts = {
    locale: texts.locale,
    language: texts.language,
    title: texts.title,
    headline: printText(texts, 'headline'),
    tagline: printText(texts, 'tagline'),
    call: printText(texts, 'call'),
    tearOff: printText(texts, 'tear-off'),
    partner: printText(texts, 'partner'),
    wallet: printText(texts, 'wallet'),
    sticker: printText(texts, 'sticker'),
    qrCaption: {okit: printText(texts, 'qr-okit'), iom: printText(texts, 'qr-iom')},
    hotline: {...texts.hotline},
    emergency: inlines(content, texts, texts.emergency),
    summary: summary(content, texts),
    sections: content.facts.sections.map((section) => {
      const sectionTexts = texts.sections[section.id];
      if (!sectionTexts) throw new Error(`content/${texts.locale}/guide.yaml has no sections.${section.id}`);
      return {id: section.id, title: sectionTexts.title, blocks: sectionTexts.blocks.map((value) => block(content, texts, value))};
    }),
    sources: texts.about.sources,
    updated: texts.about.updated,
  };
  if (awaitsReview(texts)) resolved.unreviewed = texts.about.unreviewed;
  return resolved;
}

/** Every language of the content, resolved for print, with the facts they share. */
export function resolvePrintModel(content: GuideContent, version?: string): PrintModel {
  const phone = phoneOf(content, hotlineId);
  const facts: PrintFacts = {
    phone: {e164: phone.e164, international: phone.international, domestic: phone.domestic},
    codes: codesOf(content, 'M'),
    codesAt: {M: codesOf(content, 'M'), Q: codesOf(content, 'Q'), H: codesOf(content, 'H')},
    day: factsUpdated(content.facts),
  };
  if (version !== undefined) facts.version = version;
  return {facts, languages: Object.values(content.locales).map((texts) => languageTexts(content, texts))};
}

/**
 * Resolves the checked content into the print model (`model.ts`), once, at build time (Node).
 * Facts come only from facts.yaml, through the `{tel:ID}`, `{tel-domestic:ID}`, `{link:ID}`
 * and `{material:ID}` tokens; QR matrices come from the same encoder as the widget's.
 */
import {qrMatrix, qrSvgPath} from '../content-model/qr.js';
import {phraseCard} from '../content-model/phrases.js';
import {contentSourceLocale} from '../src/i18n/source-locales.js';
import {factsUpdated, type Block, type GuideContent, type LocaleTexts, type Phone, type Service} from '../content-model/types.js';
import {awaitsReview} from '../src/content/review.js';
import {hotline} from '../src/content/hotline.js';
import {serviceById} from '../src/content/service-by-id.js';
import {displayUrl, resolveToken, splitTokens} from '../src/content/tokens.js';
import {
  joinSentences,
  type Inline,
  type PrintBlock,
  type PrintFacts,
  type PrintModel,
  type PrintQr,
  type PrintQrLevel,
  type PrintTexts,
  type QrTarget,
} from './model.js';

/** The id of the service the second QR code leads to, IOM's further information; the first leads to the hotline. */
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

/** Both codes at one level: the hotline's and IOM's. */
function codesOf(content: GuideContent, hotlineId: string, level: PrintQrLevel): Record<QrTarget, PrintQr> {
  return {okit: qrOf(content, hotlineId, level), iom: qrOf(content, iomId, level)};
}

function printText(texts: LocaleTexts, key: PrintKey): string {
  const text = texts.print[key];
  if (text === undefined) throw new Error(`content/${texts.locale}/guide.yaml has no print.${key}; add it (see content/hu/guide.yaml)`);
  return text;
}

/** A text with its tokens resolved (see resolveToken): numbers and addresses become links. */
function resolveText(content: GuideContent, texts: LocaleTexts, text: string): Inline[] {
  return splitTokens(text).map((piece): Inline => {
    if (typeof piece === 'string') return piece;
    const fact = resolveToken(piece, content.facts, texts.materials);
    if (!fact) throw new Error(`content/${texts.locale}/guide.yaml: token {${piece.kind}:${piece.id}} names nothing in facts.yaml in "${text}"`);
    if (fact.kind === 'tel') return {text: fact.text, link: `tel:${fact.dial}`, noWrap: true};
    // A printed material is named: its address, if it has one, is the guide's to link.
    return fact.kind === 'link' ? {text: fact.text, link: fact.url} : fact.text;
  });
}

/** A section block: a paragraph, a bulleted list, or a service's types or admissions as a list. */
function block(content: GuideContent, texts: LocaleTexts, value: Block): PrintBlock {
  if (typeof value === 'string') return {paragraph: resolveText(content, texts, value)};
  if ('list' in value) return {list: value.list.map((item) => resolveText(content, texts, item))};
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
  return joinSentences(sentences.map((sentence) => resolveText(content, texts, sentence.text)));
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
    emergency: resolveText(content, texts, texts.emergency),
    summary: summary(content, texts),
    sections: content.facts.sections.map((section) => {
      const sectionTexts = texts.sections[section.id];
      if (!sectionTexts) throw new Error(`content/${texts.locale}/guide.yaml has no sections.${section.id}`);
      return {
        id: section.id,
        title: sectionTexts.title,
        summary: sectionTexts.summary.map((sentence) => resolveText(content, texts, sentence.text)),
        blocks: sectionTexts.blocks.map((value) => block(content, texts, value)),
      };
    }),
    sources: texts.about.sources,
    updated: texts.about.updated,
  };
  if (awaitsReview(texts)) resolved.unreviewed = texts.about.unreviewed;
  const hungarian = content.locales[contentSourceLocale];
  const phrases = hungarian && phraseCard(texts.phrases, hungarian.phrases);
  if (phrases) resolved.phrases = phrases;
  return resolved;
}

/** Every language of the content, resolved for print, with the facts they share. */
export function resolvePrintModel(content: GuideContent, version?: string): PrintModel {
  const hotlineId = hotline(content.facts)?.id;
  if (hotlineId === undefined) throw new Error('facts.yaml has no service of kind "hotline"');
  const phone = phoneOf(content, hotlineId);
  const facts: PrintFacts = {
    phone: {e164: phone.e164, international: phone.international, domestic: phone.domestic},
    codes: codesOf(content, hotlineId, 'M'),
    codesAt: {M: codesOf(content, hotlineId, 'M'), Q: codesOf(content, hotlineId, 'Q'), H: codesOf(content, hotlineId, 'H')},
    day: factsUpdated(content.facts),
  };
  if (version !== undefined) facts.version = version;
  return {facts, languages: Object.keys(content.locales).map((locale) => languageTexts(content, content.locales[locale]))};
}

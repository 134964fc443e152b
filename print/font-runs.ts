/**
 * Mixed text, one font per run. pdfmake draws a text in one font and leaves out, without a
 * word, every character that font lacks. Chinese lines carry Hungarian names ("Áldozatsegítő
 * Központ"), numbers and addresses, and Noto Sans SC has no ő or ű; Roboto has no Chinese. So
 * each text of a document is cut into runs: what Roboto draws stays in Roboto, as on every
 * other sheet, and the rest (Chinese characters, full-width punctuation) goes to the second
 * font. pdfmake breaks lines by Unicode's rules (UAX #14, between two Chinese characters
 * too) and keeps runs that touch without a break opportunity on one line, so the runs wrap
 * as the whole text would.
 */
import type {Content, TDocumentDefinitions} from 'pdfmake/interfaces';

/** A text as pdfmake takes it: a string, a styled text node, or a list of them. */
type Text = string | {text: Text; [style: string]: unknown} | Text[];

/** `text` cut where the font changes; the runs `draws` rejects carry `font`. */
export function fontRuns(text: string, draws: (codePoint: number) => boolean, font: string): Text {
  const runs: {text: string; other: boolean}[] = [];
  for (const character of text) {
    const other = !draws(character.codePointAt(0) ?? 0) && character.trim() !== '';
    const last = runs.at(-1);
    if (last?.other === other) last.text += character;
    else runs.push({text: character, other});
  }
  if (runs.every((run) => !run.other)) return text;
  return runs.map((run) => (run.other ? {text: run.text, font} : run.text));
}

function splitText(text: Text, draws: (codePoint: number) => boolean, font: string): Text {
  if (typeof text === 'string') return fontRuns(text, draws, font);
  if (Array.isArray(text)) return text.flatMap((item) => splitText(item, draws, font));
  if (typeof text !== 'object' || text === null) return text;
  const {text: inner, ...style} = text;
  if (typeof inner !== 'string') return {...style, text: splitText(inner, draws, font)};
  const runs = fontRuns(inner, draws, font);
  if (typeof runs === 'string') return text;
  // Each run keeps the node's style and link; the other font's runs add their font.
  return (runs as (string | {text: string; font: string})[]).map((run) => (typeof run === 'string' ? {...style, text: run} : {...style, ...run}));
}

/** A node of the document, walked: every `text` split, every other part as it is (QR, SVG, canvas). */
function walk(node: unknown, draws: (codePoint: number) => boolean, font: string): unknown {
  if (typeof node === 'function') return (...args: unknown[]) => walk((node as (...a: unknown[]) => unknown)(...args), draws, font);
  if (Array.isArray(node)) return node.map((item) => walk(item, draws, font));
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [key, key === 'text' ? splitText(value as Text, draws, font) : walk(value, draws, font)]),
  );
}

/**
 * The document with every text of its content, header, footer and background cut into runs:
 * `draws` tells which characters the default font draws; the others get `font`.
 */
export function withFontRuns(doc: TDocumentDefinitions, draws: (codePoint: number) => boolean, font: string): TDocumentDefinitions {
  const parts = ['content', 'header', 'footer', 'background'] as const;
  const split: Partial<TDocumentDefinitions> = {};
  for (const part of parts) if (doc[part] !== undefined) Object.assign(split, {[part]: walk(doc[part], draws, font) as Content});
  return {...doc, ...split};
}

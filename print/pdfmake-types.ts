/**
 * The part of pdfmake 0.3's document model that kiut's layouts use, typed.
 *
 * `@types/pdfmake` is not a dependency of this project, so the layouts type their output
 * against this subset. The names follow `@types/pdfmake` (`TDocumentDefinitions`, `Content`),
 * so the file can be swapped for that package without touching a layout.
 */

export type Margins = number | [number, number] | [number, number, number, number];
export type Alignment = 'left' | 'right' | 'center' | 'justify';

export interface Style {
  font?: string;
  fontSize?: number;
  bold?: boolean;
  italics?: boolean;
  color?: string;
  background?: string;
  lineHeight?: number;
  characterSpacing?: number;
  alignment?: Alignment;
  margin?: Margins;
  noWrap?: boolean;
  decoration?: 'underline' | 'lineThrough' | 'overline';
}

interface NodeBase extends Style {
  style?: string | string[];
  /** Keeps the node on one page when it fits on one. */
  unbreakable?: boolean;
  pageBreak?: 'before' | 'after';
  width?: number | 'auto' | '*' | string;
  /** Places the node at a fixed position on the page, outside the flow. */
  absolutePosition?: {x: number; y: number};
  relativePosition?: {x: number; y: number};
  /** Lets a table cell be a node; used by pdfmake for merged cells. */
  colSpan?: number;
  rowSpan?: number;
  border?: [boolean, boolean, boolean, boolean];
  fillColor?: string;
  id?: string;
}

export type Inline = string | ({text: Inline | Inline[]; link?: string; style?: string | string[]} & Style);

export interface TextNode extends NodeBase {
  text: Inline | Inline[];
  link?: string;
  /** Marks a heading, for `pageBreakBefore`. */
  headlineLevel?: number;
}

export interface StackNode extends NodeBase {
  stack: Content[];
}

export interface ColumnsNode extends NodeBase {
  columns: Content[];
  columnGap?: number;
}

export interface ListNode extends NodeBase {
  ul: Content[];
  markerColor?: string;
  type?: 'disc' | 'square' | 'circle' | 'none';
}

export interface TableLayout {
  hLineWidth?: (i: number) => number;
  vLineWidth?: (i: number) => number;
  hLineColor?: (i: number) => string;
  vLineColor?: (i: number) => string;
  paddingLeft?: (i: number) => number;
  paddingRight?: (i: number) => number;
  paddingTop?: (i: number) => number;
  paddingBottom?: (i: number) => number;
}

export interface TableNode extends NodeBase {
  table: {widths?: (number | '*' | 'auto')[]; heights?: number[]; body: Content[][]; dontBreakRows?: boolean};
  layout?: TableLayout | 'noBorders' | 'lightHorizontalLines' | 'headerLineOnly';
}

/** An SVG document drawn as vectors; its `<text>` uses the document's fonts. */
export interface SvgNode extends NodeBase {
  svg: string;
  width?: number;
  height?: number;
  link?: string;
}

export interface CanvasRect {
  type: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  r?: number;
  color?: string;
  lineWidth?: number;
  lineColor?: string;
}

export interface CanvasLine {
  type: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  lineWidth?: number;
  lineColor?: string;
  dash?: {length: number; space?: number};
}

export interface CanvasNode extends NodeBase {
  canvas: (CanvasRect | CanvasLine)[];
}

export type Content = string | TextNode | StackNode | ColumnsNode | ListNode | TableNode | SvgNode | CanvasNode | Content[];

export interface DocumentInfo {
  title: string;
  subject: string;
  author?: string;
  keywords?: string;
  creator?: string;
  producer?: string;
  creationDate: Date;
  modDate: Date;
}

/** What `pageBreakBefore` learns about a laid-out node. */
export interface NodeInfo {
  headlineLevel?: number;
  pageNumbers: number[];
  startPosition: {pageNumber: number; top: number; verticalRatio: number; pageInnerHeight: number};
}

export interface PageSize {
  width: number;
  height: number;
}

export interface TDocumentDefinitions {
  pageSize: 'A3' | 'A4' | 'A6' | PageSize;
  pageOrientation?: 'portrait' | 'landscape';
  /** [left, top, right, bottom] in points. */
  pageMargins: [number, number, number, number];
  /** BCP 47 language tag of the document (the PDF's /Lang). */
  language: string;
  info: DocumentInfo;
  content: Content;
  defaultStyle: Style;
  styles?: Record<string, Style>;
  background?: Content | ((currentPage: number, pageSize: PageSize) => Content | null);
  footer?: Content | ((currentPage: number, pageCount: number) => Content | null);
  /** Decides, after a first layout, whether a node should start a new page instead. */
  pageBreakBefore?: (node: NodeInfo, context: {getFollowingNodesOnPage(): NodeInfo[]}) => boolean;
  /** PDF version; 1.7 permits the /Lang entry that tells screen readers the language. */
  version?: '1.3' | '1.4' | '1.5' | '1.6' | '1.7';
  compress?: boolean;
}

/** pdfmake 0.3's Node entry point (CommonJS; imported with esModuleInterop as a default import). */
declare module 'pdfmake' {
  interface FontFiles {
    normal: string;
    bold: string;
    italics: string;
    bolditalics: string;
  }
  /** A pdfkit document on its way out; pdfmake ends it when a buffer is asked for. */
  interface PdfKitDocument {
    /** Needs `bufferPages: true`. */
    bufferedPageRange(): {start: number; count: number};
  }
  interface OutputDocument {
    getStream(): Promise<PdfKitDocument>;
    getBuffer(): Promise<Buffer>;
  }
  interface PdfMake {
    setFonts(fonts: Record<string, FontFiles>): void;
    setUrlAccessPolicy(policy: (url: string) => boolean): void;
    setLocalAccessPolicy(policy: (path: string) => boolean): void;
    createPdf(docDefinition: import('./pdfmake-types.js').TDocumentDefinitions, options?: {bufferPages?: boolean}): OutputDocument;
  }
  const pdfmake: PdfMake;
  export default pdfmake;
}

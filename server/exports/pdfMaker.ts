import { createRequire } from 'node:module';

/** The part of pdfmake's document definition the lab's reports use (pdfmake 0.3 ships no types). */
export type PdfContent =
  | string
  | { text: string | PdfContent[]; style?: string; bold?: boolean; margin?: number[]; fontSize?: number }
  | { table: { headerRows?: number; widths?: (string | number)[]; body: PdfContent[][] }; layout?: string; margin?: number[] }
  | { ul: PdfContent[]; margin?: number[] }
  | { stack: PdfContent[] };

export interface PdfDocument {
  info?: { title?: string; author?: string; subject?: string };
  content: PdfContent[];
  styles?: Record<string, { fontSize?: number; bold?: boolean; margin?: number[] }>;
  defaultStyle?: { font: string; fontSize?: number };
  pageSize?: string;
}

interface PdfMake {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(allowed: (url: string) => boolean): void;
  setLocalAccessPolicy(allowed: (path: string) => boolean): void;
  createPdf(document: PdfDocument): { getBuffer(): Promise<Buffer> };
}

const load = createRequire(import.meta.url);
const pdfmake = load('pdfmake') as PdfMake;
// PDF's standard Helvetica: no font files to ship, and it covers Italian's accented letters (WinAnsi).
const helvetica = load('pdfmake/standard-fonts/Helvetica.js') as Record<string, Record<string, string>>;
pdfmake.setFonts(helvetica);
// The reports hold only text the lab writes: nothing is fetched from the network, and from the disk only
// the standard fonts' names, which PDFKit serves from its own metrics.
const standardFonts = new Set(Object.values(helvetica).flatMap((styles) => Object.values(styles)));
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => standardFonts.has(path));

/** A PDF made on the server with pdfmake (0.3's server build), from a document definition. */
export const renderPdf = (document: PdfDocument): Promise<Buffer> =>
  pdfmake.createPdf({ pageSize: 'A4', defaultStyle: { font: 'Helvetica', fontSize: 10 }, ...document }).getBuffer();

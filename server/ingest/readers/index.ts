import type { Reader } from '../tables.ts';
import { readDocxText } from './docx-text.ts';
import { readMarkdown } from './markdown.ts';
import { readPdfText } from './pdf-text.ts';

/** One reader per source format; the manifest names the format of each document. */
export const FORMATS: Record<string, Reader> = {
  'pdf-text': readPdfText,
  'docx-text': readDocxText,
  markdown: readMarkdown,
};

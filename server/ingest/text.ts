import { isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { ReadError } from './errors.ts';

/**
 * The largest file the ingest reads (documents, manifest.json, units.json). The five seeds are
 * 18–96 KB; a seed repeated to 64 MB reads in about 9 s and 1 GB of memory (the text, its
 * lines, tables and model are held at once). A file past this is not a plan, and refusing it
 * before reading a byte keeps a shared server's memory safe.
 */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

/**
 * Reads a text file the ingest depends on, strictly: it must be a regular file of at most
 * MAX_DOCUMENT_BYTES, in UTF-8 (a leading byte-order mark is dropped), without NUL characters.
 * `what` names the file in the "cannot read" message (file, manifest, unit registry).
 */
export function readText(path: string, what: string): string {
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new ReadError(path, undefined, `cannot read the ${what}: not a regular file`);
    if (stat.size > MAX_DOCUMENT_BYTES) {
      throw new ReadError(
        path,
        undefined,
        `the file is ${stat.size} bytes; the ingest reads files up to ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB`,
      );
    }
    bytes = readFileSync(fd);
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw new ReadError(path, undefined, `cannot read the ${what}: ${(error as Error).message}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  const text = decodeUtf8(bytes, path);
  const nul = text.indexOf('\0');
  if (nul >= 0) throw new ReadError(path, lineOf(text, nul), 'the file holds NUL characters: not a text document');
  return text;
}

/**
 * Strict UTF-8: a lenient decoder turns a file cut inside a character into a unit named
 * 市规划自然资源委大� and a GBK file into "no table found", so any invalid byte is refused
 * with the first line that holds one, and a guess at what the encoding is instead.
 */
export function decodeUtf8(bytes: Uint8Array, path: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes); // drops a leading BOM
  } catch {
    throw new ReadError(path, firstInvalidLine(bytes), `not valid UTF-8${encodingHint(bytes)}`);
  }
}

/** No byte of a multi-byte UTF-8 character is a newline, so lines can be checked one by one. */
function firstInvalidLine(bytes: Uint8Array): number {
  let start = 0;
  for (let line = 1; ; line++) {
    const end = bytes.indexOf(0x0a, start);
    if (!isUtf8(bytes.subarray(start, end < 0 ? bytes.length : end))) return line;
    if (end < 0) return line; // not reached: the whole is invalid, so some line is
    start = end + 1;
  }
}

function encodingHint(bytes: Uint8Array): string {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16) return ' (it looks like UTF-16: save it as UTF-8)';
  // Chinese text in GB18030/GBK decodes cleanly as such, while UTF-8 with a fault almost never does.
  // A file cut at its end may lose the last character, so the part up to the last newline counts too.
  const lastNewline = bytes.lastIndexOf(0x0a);
  for (const part of [bytes, lastNewline > 0 ? bytes.subarray(0, lastNewline) : undefined]) {
    try {
      if (part && /[\u4e00-\u9fff]/.test(new TextDecoder('gb18030', { fatal: true }).decode(part))) {
        return ' (it looks like GB18030/GBK: convert it to UTF-8, e.g. iconv -f GB18030 -t UTF-8)';
      }
    } catch {
      // not GB18030 either (or this Node has no GB18030 decoder): no hint
    }
  }
  return '';
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

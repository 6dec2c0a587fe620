// Recognises the file types we accept by their content (magic bytes and container structure), never by
// the file name or the type the browser claims.

export interface FileType {
  mime: string;
  /** Usual file name extension, without the dot. */
  extension: string;
}

const types = {
  pdf: { mime: "application/pdf", extension: "pdf" },
  png: { mime: "image/png", extension: "png" },
  jpeg: { mime: "image/jpeg", extension: "jpg" },
  gif: { mime: "image/gif", extension: "gif" },
  webp: { mime: "image/webp", extension: "webp" },
  docx: { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx" },
  xlsx: { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extension: "xlsx" },
  pptx: { mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation", extension: "pptx" },
  odt: { mime: "application/vnd.oasis.opendocument.text", extension: "odt" },
  ods: { mime: "application/vnd.oasis.opendocument.spreadsheet", extension: "ods" },
  odp: { mime: "application/vnd.oasis.opendocument.presentation", extension: "odp" },
  doc: { mime: "application/msword", extension: "doc" },
  xls: { mime: "application/vnd.ms-excel", extension: "xls" },
  ppt: { mime: "application/vnd.ms-powerpoint", extension: "ppt" },
} satisfies Record<string, FileType>;

/** Every content type a stored upload can have. */
export const allowedMimeTypes: ReadonlySet<string> = new Set(Object.values(types).map((t) => t.mime));

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((b, i) => bytes[offset + i] === b);
}

const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));
const utf16le = (text: string) => Array.from(text).flatMap((c) => [c.charCodeAt(0), 0]);

function indexOf(bytes: Uint8Array, pattern: readonly number[], from = 0): number {
  const first = pattern[0];
  outer: for (let i = bytes.indexOf(first!, from); i !== -1 && i <= bytes.length - pattern.length; i = bytes.indexOf(first!, i + 1)) {
    for (let j = 1; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return i;
  }
  return -1;
}

function u16(bytes: Uint8Array, at: number): number {
  return bytes[at]! | (bytes[at + 1]! << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
}

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

/** Reads a ZIP archive's central directory; null when the archive is malformed (or ZIP64). */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const eocdSignature = [0x50, 0x4b, 0x05, 0x06];
  const searchFrom = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= searchFrom; i--) {
    if (startsWith(bytes, eocdSignature, i)) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = u16(bytes, eocd + 10);
  const size = u32(bytes, eocd + 12);
  let at = u32(bytes, eocd + 16);
  if (count === 0xffff || at === 0xffffffff || at + size > eocd) return null;
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || !startsWith(bytes, [0x50, 0x4b, 0x01, 0x02], at)) return null;
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    if (at + 46 + nameLength > bytes.length) return null;
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      localHeaderOffset: u32(bytes, at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The uncompressed content of a stored (method 0) entry, as text. */
function storedText(bytes: Uint8Array, entry: ZipEntry): string | null {
  const at = entry.localHeaderOffset;
  if (entry.method !== 0 || at + 30 > bytes.length || !startsWith(bytes, [0x50, 0x4b, 0x03, 0x04], at)) return null;
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  if (start + entry.compressedSize > bytes.length) return null;
  return new TextDecoder().decode(bytes.subarray(start, start + entry.compressedSize));
}

function detectZipOffice(bytes: Uint8Array): FileType | null {
  const entries = zipEntries(bytes);
  if (!entries) return null;
  const names = new Set(entries.map((e) => e.name));
  if (names.has("[Content_Types].xml")) {
    if (names.has("word/document.xml")) return types.docx;
    if (names.has("xl/workbook.xml")) return types.xlsx;
    if (names.has("ppt/presentation.xml")) return types.pptx;
    return null;
  }
  const mimetype = entries.find((e) => e.name === "mimetype");
  const declared = mimetype ? storedText(bytes, mimetype)?.trim() : undefined;
  if (declared === types.odt.mime) return types.odt;
  if (declared === types.ods.mime) return types.ods;
  if (declared === types.odp.mime) return types.odp;
  return null;
}

/** Legacy Office files are OLE compound files; the stream names tell Word, Excel and PowerPoint apart. */
function detectOleOffice(bytes: Uint8Array): FileType | null {
  if (indexOf(bytes, utf16le("WordDocument")) >= 0) return types.doc;
  if (indexOf(bytes, utf16le("Workbook")) >= 0) return types.xls;
  if (indexOf(bytes, utf16le("PowerPoint Document")) >= 0) return types.ppt;
  return null;
}

/** The type of an upload by its content, or null when it is not one we accept. */
export function detectFileType(bytes: Uint8Array): FileType | null {
  if (startsWith(bytes, ascii("%PDF-"))) return types.pdf;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return types.png;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return types.jpeg;
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return types.gif;
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return types.webp;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return detectZipOffice(bytes);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return detectOleOffice(bytes);
  return null;
}

import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { detectFileType, zipEntries } from "./file-types";
import { contentDisposition, displayName } from "./uploads.server";

/** A ZIP archive with stored (uncompressed) entries, as office suites write their `mimetype` entry. */
function zip(entries: Record<string, string>): Uint8Array {
  const encoder = new TextEncoder();
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const nameBytes = Buffer.from(encoder.encode(name));
    const data = Buffer.from(encoder.encode(text));
    const crc = zlib.crc32(data);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    local.push(header, nameBytes, data);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...local, directory, end]));
}

const bytes = (...values: number[]) => new Uint8Array([...values, 0, 0, 0, 0, 0, 0, 0, 0]);
const text = (value: string) => new TextEncoder().encode(value);

describe("detectFileType", () => {
  it("recognises PDF and images by their magic bytes", () => {
    expect(detectFileType(text("%PDF-1.7\n..."))?.mime).toBe("application/pdf");
    expect(detectFileType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))?.mime).toBe("image/png");
    expect(detectFileType(bytes(0xff, 0xd8, 0xff, 0xe0))?.mime).toBe("image/jpeg");
    expect(detectFileType(text("GIF89a......"))?.mime).toBe("image/gif");
    expect(detectFileType(text("RIFF\x10\x00\x00\x00WEBPVP8 "))?.mime).toBe("image/webp");
  });

  it("tells office documents apart by their ZIP entries", () => {
    expect(detectFileType(zip({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w/>" }))?.extension).toBe("docx");
    expect(detectFileType(zip({ "[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<x/>" }))?.extension).toBe("xlsx");
    expect(detectFileType(zip({ "[Content_Types].xml": "<Types/>", "ppt/presentation.xml": "<p/>" }))?.extension).toBe("pptx");
    expect(detectFileType(zip({ mimetype: "application/vnd.oasis.opendocument.text", "content.xml": "<o/>" }))?.extension).toBe("odt");
  });

  it("refuses other ZIP archives and broken ones", () => {
    expect(detectFileType(zip({ "evil.exe": "MZ" }))).toBeNull();
    expect(detectFileType(zip({ mimetype: "application/epub+zip" }))).toBeNull();
    expect(detectFileType(text("PK\x03\x04 not really a zip"))).toBeNull();
    expect(zipEntries(text("PK\x03\x04"))).toBeNull();
  });

  it("recognises legacy Office (OLE) files by their stream names, and nothing else in OLE", () => {
    const ole = (stream: string) => {
      const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
      const name = Array.from(stream).flatMap((c) => [c.charCodeAt(0), 0]);
      return new Uint8Array([...header, ...new Array(504).fill(0), ...name, 0, 0]);
    };
    expect(detectFileType(ole("WordDocument"))?.mime).toBe("application/msword");
    expect(detectFileType(ole("Workbook"))?.mime).toBe("application/vnd.ms-excel");
    expect(detectFileType(ole("PowerPoint Document"))?.mime).toBe("application/vnd.ms-powerpoint");
    expect(detectFileType(ole("SummaryInformation"))).toBeNull();
  });

  it("refuses scripts, HTML, SVG and executables whatever they are called", () => {
    for (const content of ["<html></html>", "<svg xmlns='http://www.w3.org/2000/svg'/>", "#!/bin/sh", "MZ\x90\x00", ""]) {
      expect(detectFileType(text(content))).toBeNull();
    }
  });
});

describe("download names", () => {
  const pdf = { mime: "application/pdf", extension: "pdf" };

  it("keeps the person's name without path, control characters or quotes, ending in the real extension", () => {
    expect(displayName("../../etc/Vertrag.pdf", pdf)).toBe("Vertrag.pdf");
    expect(displayName('C:\\Users\\a\\"Plan"\u0007.PDF', pdf)).toBe("Plan.PDF");
    expect(displayName("seite.html", pdf)).toBe("seite.html.pdf");
    expect(displayName("", pdf)).toBe("datei.pdf");
    expect(displayName("foto.jpeg", { mime: "image/jpeg", extension: "jpg" })).toBe("foto.jpeg");
  });

  it("writes Content-Disposition with an ASCII fallback and the UTF-8 name", () => {
    expect(contentDisposition("Müller (neu).pdf")).toBe(`attachment; filename="M_ller (neu).pdf"; filename*=UTF-8''M%C3%BCller%20%28neu%29.pdf`);
  });
});

// Minimal real files for the evidence tests: tiny images, a PDF, ZIP containers (Office Open XML,
// OpenDocument) and OLE2 compound files (legacy Office), built byte by byte.
import { deflateRawSync } from "node:zlib";

export const ascii = (text: string) => new Uint8Array(Buffer.from(text, "latin1"));
const base64 = (text: string) => new Uint8Array(Buffer.from(text, "base64"));

export const MINIMAL_PDF = ascii(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);
// Well-known 1x1 pixel files.
export const PNG_1PX = base64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
export const GIF_1PX = base64("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");
export const WEBP_1PX = base64("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
// SOI, a JFIF APP0 segment, EOI.
export const JPEG_HEADER = new Uint8Array([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xd9,
]);
// A DOS stub header as every Windows executable starts ("MZ", then e_lfanew pointing at "PE\0\0").
export const WINDOWS_EXE = (() => {
  const bytes = new Uint8Array(128);
  bytes.set(ascii("MZ"), 0);
  bytes.set([0x40, 0, 0, 0], 0x3c);
  bytes.set(ascii("PE\0\0"), 0x40);
  return bytes;
})();

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (data: Uint8Array) => {
  let c = 0xffffffff;
  for (const b of data) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

type TZipEntry = { name: string; data: string | Uint8Array; deflate?: boolean };

/** A ZIP archive as real tools write it: local headers, central directory, end record (optional comment). */
export function zip(entries: TZipEntry[], comment = ""): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const raw = typeof entry.data === "string" ? Buffer.from(entry.data, "utf8") : Buffer.from(entry.data);
    const stored = entry.deflate ? deflateRawSync(raw) : raw;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(entry.deflate ? 8 : 0, 8);
    local.writeUInt32LE(crc32(raw), 14);
    local.writeUInt32LE(stored.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(entry.deflate ? 8 : 0, 10);
    central.writeUInt32LE(crc32(raw), 16);
    central.writeUInt32LE(stored.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, stored);
    centrals.push(central, name);
    offset += 30 + name.length + stored.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(Buffer.byteLength(comment), 20);
  return new Uint8Array(Buffer.concat([...locals, directory, end, Buffer.from(comment)]));
}

const CONTENT_TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

/** An Office Open XML package whose main part sits under `folder` ("word", "xl" or "ppt"). */
export function ooxml(folder: string, part: string, extra: TZipEntry[] = []): Uint8Array {
  return zip([
    { name: "[Content_Types].xml", data: CONTENT_TYPES, deflate: true },
    { name: "_rels/.rels", data: "<Relationships/>", deflate: true },
    { name: `${folder}/${part}`, data: "<document/>", deflate: true },
    ...extra,
  ]);
}

/** An OpenDocument file: the uncompressed `mimetype` entry first, as the ODF specification requires. */
export function odf(mimetype: string): Uint8Array {
  return zip([
    { name: "mimetype", data: mimetype },
    { name: "content.xml", data: "<office:document-content/>", deflate: true },
    { name: "META-INF/manifest.xml", data: "<manifest:manifest/>", deflate: true },
  ]);
}

/**
 * An OLE2 compound file (version 3, 512-byte sectors) whose directory lists `streams` (names given
 * type 2; names in `storages` type 1). Four directory entries fit a sector, so longer lists spread
 * the directory over a chain of sectors that the reader must follow through the FAT.
 */
export function compoundFile(streams: string[], storages: string[] = []): Uint8Array {
  const entries: [string, number][] = [["Root Entry", 5], ...streams.map((n): [string, number] => [n, 2]), ...storages.map((n): [string, number] => [n, 1])];
  const directorySectors = Math.ceil(entries.length / 4);
  const file = Buffer.alloc(512 * (2 + directorySectors));
  file.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  file.writeUInt16LE(0x3e, 0x18);
  file.writeUInt16LE(3, 0x1a);
  file.writeUInt16LE(0xfffe, 0x1c);
  file.writeUInt16LE(9, 0x1e);
  file.writeUInt16LE(6, 0x20);
  file.writeUInt32LE(1, 0x2c); // one FAT sector
  file.writeUInt32LE(1, 0x30); // the directory starts at sector 1
  file.writeUInt32LE(4096, 0x38);
  file.writeUInt32LE(0xfffffffe, 0x3c);
  file.writeUInt32LE(0xfffffffe, 0x44);
  for (let i = 0; i < 109; i++) file.writeUInt32LE(i === 0 ? 0 : 0xffffffff, 0x4c + 4 * i);
  // Sector 0 is the FAT: itself, then the directory chain 1 -> 2 -> ... -> end.
  const fat = 512;
  for (let i = 0; i < 128; i++) file.writeUInt32LE(0xffffffff, fat + 4 * i);
  file.writeUInt32LE(0xfffffffd, fat);
  for (let s = 1; s <= directorySectors; s++) file.writeUInt32LE(s === directorySectors ? 0xfffffffe : s + 1, fat + 4 * s);
  entries.forEach(([name, type], i) => {
    const at = 512 * 2 + 128 * i;
    file.write(name, at, "utf16le");
    file.writeUInt16LE((name.length + 1) * 2, at + 0x40);
    file[at + 0x42] = type;
  });
  return new Uint8Array(file);
}

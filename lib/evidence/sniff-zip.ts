// Tells Office Open XML (docx/xlsx/pptx) and OpenDocument (odt/ods/odp) apart from other ZIP files
// by reading the archive's central directory: entry names only, nothing is decompressed.
import { decodeUtf8, u16, u32 } from "./bytes";

type TZipEntry = { name: string; method: number; compressedSize: number; localOffset: number };

export type TZipKind = "docx" | "xlsx" | "pptx" | "odt" | "ods" | "odp";
export type TZipVerdict = { ok: true; kind: TZipKind } | { ok: false; detected: string };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
// Office documents hold dozens to a few thousand entries; more is not a document we want to walk.
const MAX_ENTRIES = 20_000;

/** Offset of the end-of-central-directory record, searched backwards past a trailing comment. */
function findEndRecord(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) if (u32(bytes, at) === EOCD) return at;
  return -1;
}

function zipEntries(bytes: Uint8Array): TZipEntry[] | null {
  const end = findEndRecord(bytes);
  if (end < 0) return null;
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  if (count < 0 || count > MAX_ENTRIES || at < 0) return null;
  const entries: TZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (u32(bytes, at) !== CENTRAL) return null;
    const nameLength = u16(bytes, at + 28);
    const skip = nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    if (at + 46 + nameLength > bytes.length) return null;
    entries.push({
      name: decodeUtf8(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      localOffset: u32(bytes, at + 42),
    });
    at += 46 + skip;
  }
  return entries;
}

/** The text of an uncompressed ("stored") entry, as ODF requires for its `mimetype` entry. */
function storedEntryText(bytes: Uint8Array, entry: TZipEntry, limit: number): string | null {
  const at = entry.localOffset;
  if (entry.method !== 0 || u32(bytes, at) !== LOCAL) return null;
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  return decodeUtf8(bytes.subarray(start, start + Math.min(entry.compressedSize, limit)));
}

const ODF: Record<string, TZipKind> = {
  "application/vnd.oasis.opendocument.text": "odt",
  "application/vnd.oasis.opendocument.spreadsheet": "ods",
  "application/vnd.oasis.opendocument.presentation": "odp",
};

const OOXML_PARTS: [prefix: string, kind: TZipKind][] = [
  ["word/", "docx"],
  ["xl/", "xlsx"],
  ["ppt/", "pptx"],
];

export function sniffZip(bytes: Uint8Array): TZipVerdict {
  const entries = zipEntries(bytes);
  if (!entries) return { ok: false, detected: "damaged ZIP archive" };
  const names = entries.map((e) => e.name);

  const mimetypeEntry = entries.find((e) => e.name === "mimetype");
  if (mimetypeEntry) {
    const mimetype = storedEntryText(bytes, mimetypeEntry, 100)?.trim() ?? "";
    const kind = ODF[mimetype];
    if (kind) return { ok: true, kind };
    if (mimetype.startsWith("application/vnd.oasis.opendocument.")) {
      return { ok: false, detected: `OpenDocument ${mimetype.slice("application/vnd.oasis.opendocument.".length)}` };
    }
  }

  if (names.includes("[Content_Types].xml")) {
    // Macro projects run code when opened; evidence is read by reviewers, so they are refused.
    if (names.some((n) => n.toLowerCase().endsWith("vbaproject.bin"))) return { ok: false, detected: "macro-enabled Office document" };
    const part = OOXML_PARTS.find(([prefix]) => names.some((n) => n.startsWith(prefix)));
    if (part) return { ok: true, kind: part[1] };
    return { ok: false, detected: "Office Open XML package that is not Word, Excel or PowerPoint" };
  }
  return { ok: false, detected: "ZIP archive" };
}

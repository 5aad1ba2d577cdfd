// Tells Word, Excel and PowerPoint packages (Office Open XML) apart from other ZIP files, and finds
// their macro projects, by reading the archive's central directory: entry names only, nothing is
// decompressed. file-type names OOXML files from their content-types part, which says nothing of
// macros and which some writers leave generic.
import { decodeUtf8, u16, u32 } from "./bytes";

export type TOoxmlKind = "docx" | "xlsx" | "pptx";
export type TOoxmlVerdict = { ok: true; kind: TOoxmlKind } | { ok: false; detected: string };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
// Office documents hold dozens to a few thousand entries; more is not a document we want to walk.
const MAX_ENTRIES = 20_000;

/** Offset of the end-of-central-directory record, searched backwards past a trailing comment. */
function findEndRecord(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) if (u32(bytes, at) === EOCD) return at;
  return -1;
}

function entryNames(bytes: Uint8Array): string[] | null {
  const end = findEndRecord(bytes);
  if (end < 0) return null;
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  if (count < 0 || count > MAX_ENTRIES || at < 0) return null;
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (u32(bytes, at) !== CENTRAL) return null;
    const nameLength = u16(bytes, at + 28);
    const skip = nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    if (at + 46 + nameLength > bytes.length) return null;
    names.push(decodeUtf8(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + skip;
  }
  return names;
}

const OOXML_PARTS: [prefix: string, kind: TOoxmlKind][] = [
  ["word/", "docx"],
  ["xl/", "xlsx"],
  ["ppt/", "pptx"],
];

export function sniffOoxml(bytes: Uint8Array): TOoxmlVerdict {
  const names = entryNames(bytes);
  if (!names) return { ok: false, detected: "damaged ZIP archive" };
  if (names.includes("[Content_Types].xml")) {
    // Macro projects run code when opened; evidence is read by reviewers, so they are refused.
    if (names.some((n) => n.toLowerCase().endsWith("vbaproject.bin"))) return { ok: false, detected: "macro-enabled Office document" };
    const part = OOXML_PARTS.find(([prefix]) => names.some((n) => n.startsWith(prefix)));
    if (part) return { ok: true, kind: part[1] };
    return { ok: false, detected: "Office Open XML package that is not Word, Excel or PowerPoint" };
  }
  return { ok: false, detected: "ZIP archive" };
}

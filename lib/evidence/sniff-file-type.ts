// What a file really is, from its content (magic bytes and container structure), never its name.
// Pure and synchronous: the upload operation calls it, and the unit tests feed it byte arrays.
import { decodeUtf8, hasBytes } from "./bytes";
import { sniffOle } from "./sniff-ole";
import { sniffZip } from "./sniff-zip";

export type TEvidenceFileKind = "pdf" | "png" | "jpeg" | "gif" | "webp" | "docx" | "xlsx" | "pptx" | "doc" | "xls" | "ppt" | "odt" | "ods" | "odp";

/** `extensions[0]` is the one given to stored files; the others are accepted in a claimed name. */
export type TEvidenceFileType = { kind: TEvidenceFileKind; mime: string; extensions: readonly string[] };

export const EVIDENCE_FILE_TYPES: Record<TEvidenceFileKind, TEvidenceFileType> = {
  pdf: { kind: "pdf", mime: "application/pdf", extensions: ["pdf"] },
  png: { kind: "png", mime: "image/png", extensions: ["png"] },
  jpeg: { kind: "jpeg", mime: "image/jpeg", extensions: ["jpg", "jpeg", "jpe"] },
  gif: { kind: "gif", mime: "image/gif", extensions: ["gif"] },
  webp: { kind: "webp", mime: "image/webp", extensions: ["webp"] },
  docx: { kind: "docx", mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extensions: ["docx"] },
  xlsx: { kind: "xlsx", mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extensions: ["xlsx"] },
  pptx: { kind: "pptx", mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation", extensions: ["pptx"] },
  doc: { kind: "doc", mime: "application/msword", extensions: ["doc"] },
  xls: { kind: "xls", mime: "application/vnd.ms-excel", extensions: ["xls"] },
  ppt: { kind: "ppt", mime: "application/vnd.ms-powerpoint", extensions: ["ppt"] },
  odt: { kind: "odt", mime: "application/vnd.oasis.opendocument.text", extensions: ["odt"] },
  ods: { kind: "ods", mime: "application/vnd.oasis.opendocument.spreadsheet", extensions: ["ods"] },
  odp: { kind: "odp", mime: "application/vnd.oasis.opendocument.presentation", extensions: ["odp"] },
};

export type TSniffResult = { ok: true; type: TEvidenceFileType } | { ok: false; detected: string };

const accept = (kind: TEvidenceFileKind): TSniffResult => ({ ok: true, type: EVIDENCE_FILE_TYPES[kind] });
const refuse = (detected: string): TSniffResult => ({ ok: false, detected });

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function sniffFileType(bytes: Uint8Array): TSniffResult {
  if (bytes.length === 0) return refuse("empty file");
  // PDF readers tolerate junk before the header; we do not, so the type is never ambiguous.
  if (hasBytes(bytes, "%PDF-")) return accept("pdf");
  if (hasBytes(bytes, PNG)) return accept("png");
  if (hasBytes(bytes, JPEG)) return accept("jpeg");
  if (hasBytes(bytes, "GIF87a") || hasBytes(bytes, "GIF89a")) return accept("gif");
  if (hasBytes(bytes, "RIFF") && hasBytes(bytes, "WEBP", 8)) return accept("webp");
  if (hasBytes(bytes, "PK\x03\x04") || hasBytes(bytes, "PK\x05\x06")) {
    const zip = sniffZip(bytes);
    return zip.ok ? accept(zip.kind) : refuse(zip.detected);
  }
  if (hasBytes(bytes, OLE2)) {
    const ole = sniffOle(bytes);
    return ole.ok ? accept(ole.kind) : refuse(ole.detected);
  }
  return refuse(describeRefused(bytes));
}

const EXECUTABLES: (readonly number[] | string)[] = [
  "MZ", // Windows PE and DOS
  "\x7fELF", // Linux
  [0xfe, 0xed, 0xfa, 0xce], // Mach-O 32-bit
  [0xfe, 0xed, 0xfa, 0xcf], // Mach-O 64-bit
  [0xce, 0xfa, 0xed, 0xfe],
  [0xcf, 0xfa, 0xed, 0xfe],
  [0xca, 0xfe, 0xba, 0xbe], // Mach-O universal, Java class
  "\0asm", // WebAssembly
];

const ARCHIVES: [readonly number[] | string, string][] = [
  [[0x1f, 0x8b], "gzip archive"],
  ["Rar!\x1a\x07", "RAR archive"],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], "7-Zip archive"],
  ["BZh", "bzip2 archive"],
  [[0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], "xz archive"],
];

/** A short human name for a refused file, for the error message ("detected: ..."). */
function describeRefused(bytes: Uint8Array): string {
  if (EXECUTABLES.some((magic) => hasBytes(bytes, magic))) return "executable";
  if (hasBytes(bytes, "#!")) return "script";
  for (const [magic, name] of ARCHIVES) if (hasBytes(bytes, magic)) return name;
  if (hasBytes(bytes, "{\\rtf")) return "RTF document";
  const head = textHead(bytes);
  if (head === null) return "unknown binary data";
  const lower = head
    .replace(/^\uFEFF/, "")
    .trimStart()
    .toLowerCase();
  if (lower.startsWith("<")) {
    if (lower.includes("<svg")) return "SVG image";
    if (/<(!doctype html|html|head|body|script|iframe|meta)\b/.test(lower)) return "HTML";
    return "XML";
  }
  return "plain text";
}

/** The first 4 KB as text when they look like text (no control characters but tab, CR, LF, FF). */
function textHead(bytes: Uint8Array): string | null {
  const head = decodeUtf8(bytes.subarray(0, 4096));
  // U+FFFD at the very end may only be a character cut in half by the 4 KB slice.
  const body = head.replace(/\uFFFD{1,3}$/, "");
  return /[\0-\x08\x0b\x0e-\x1f\x7f\uFFFD]/.test(body) ? null : head;
}

// What a file really is, from its content, never its name. The file-type library reads the
// signatures (and tells OpenDocument files apart); two small checks do what it cannot: which Office
// application a ZIP or OLE2 container belongs to, and whether it carries macros. Pure, no I/O.
import { fileTypeFromBuffer, type FileTypeResult } from "file-type/core";
import { decodeUtf8, hasBytes } from "./bytes";
import { sniffOle } from "./sniff-ole";
import { sniffOoxml } from "./sniff-ooxml";

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

/** file-type's extension for each kind accepted on its word alone (an animated PNG is still a PNG). */
const ACCEPTED: Record<string, TEvidenceFileKind> = {
  pdf: "pdf",
  png: "png",
  apng: "png",
  jpg: "jpeg",
  gif: "gif",
  webp: "webp",
  odt: "odt",
  ods: "ods",
  odp: "odp",
};

const EXECUTABLES = new Set(["exe", "elf", "macho", "class", "wasm"]);
const ARCHIVES: Record<string, string> = {
  gz: "gzip archive",
  "tar.gz": "gzip archive",
  rar: "RAR archive",
  "7z": "7-Zip archive",
  bz2: "bzip2 archive",
  xz: "xz archive",
  zst: "Zstandard archive",
  tar: "tar archive",
};
const OPEN_DOCUMENT = "application/vnd.oasis.opendocument.";

export async function sniffFileType(bytes: Uint8Array): Promise<TSniffResult> {
  if (bytes.length === 0) return refuse("empty file");
  const found = await detect(bytes);
  if (!found || found.ext === "xml") return refuse(describeText(bytes));
  const kind = ACCEPTED[found.ext];
  if (kind) return accept(kind);
  if (found.mime.startsWith(OPEN_DOCUMENT)) return refuse(`OpenDocument ${found.mime.slice(OPEN_DOCUMENT.length)}`);
  if (found.ext === "cfb") {
    const ole = sniffOle(bytes);
    return ole.ok ? accept(ole.kind) : refuse(ole.detected);
  }
  // Every other ZIP (docx, docm, epub, jar, or one file-type could not place) is judged by its entries.
  if (hasBytes(bytes, "PK\x03\x04") || hasBytes(bytes, "PK\x05\x06")) {
    const zip = sniffOoxml(bytes);
    return zip.ok ? accept(zip.kind) : refuse(zip.detected);
  }
  if (EXECUTABLES.has(found.ext)) return refuse("executable");
  if (found.ext === "rtf") return refuse("RTF document");
  return refuse(ARCHIVES[found.ext] ?? `${found.ext.toUpperCase()} file`);
}

/** file-type reads a damaged container until it runs out; what it cannot read is not a document. */
async function detect(bytes: Uint8Array): Promise<FileTypeResult | undefined> {
  try {
    return await fileTypeFromBuffer(bytes);
  } catch {
    return undefined;
  }
}

/** A short human name for a file without a binary signature, for the error message ("detected: ..."). */
function describeText(bytes: Uint8Array): string {
  if (hasBytes(bytes, "#!")) return "script";
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

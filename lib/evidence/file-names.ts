// Display names for uploaded files and the download header that carries them. Pure.
import type { TEvidenceFileType } from "./sniff-file-type";

// Control characters, zero-width and bidirectional overrides ("report\u202Efdp.exe" shows as
// "reportexe.pdf"), and characters Windows forbids in file names.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
const FORBIDDEN = /[<>:"/\\|?*]/g;
const MAX_STEM = 150;

/**
 * A safe display name from the name the uploader claimed: no directories, no invisible or
 * reserved characters, bounded length, and always ending in the extension of the detected type
 * ("report.exe" holding a PDF becomes "report.exe.pdf", so the name never lies about the content).
 */
export function safeDisplayName(claimed: string, type: Pick<TEvidenceFileType, "extensions">): string {
  const base = claimed.split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .normalize("NFC")
    .replace(INVISIBLE, "")
    .replace(FORBIDDEN, "_")
    .replace(/\s+/g, " ")
    .replace(/^[\s.]+|[\s.]+$/g, "");
  const dot = cleaned.lastIndexOf(".");
  const claimedExtension = dot > 0 ? cleaned.slice(dot + 1).toLowerCase() : "";
  const keepsExtension = type.extensions.includes(claimedExtension);
  const stem = keepsExtension ? cleaned.slice(0, dot) : cleaned;
  // Cut by code points, not UTF-16 units, so no surrogate pair is split.
  const shortStem = Array.from(stem).slice(0, MAX_STEM).join("").trim() || "document";
  const extension = keepsExtension ? claimedExtension : type.extensions[0];
  return `${shortStem}.${extension}`;
}

/** `attachment` with an ASCII fallback and the exact UTF-8 name (RFC 6266 / RFC 5987). */
export function attachmentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

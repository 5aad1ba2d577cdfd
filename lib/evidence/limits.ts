// Upload limits, without zod, so the file picker in the browser can check them without downloading
// the validators (schemas.ts re-exports them for the server).

/** Uploads above this size are refused; the panel checks it too, before sending anything. */
export const MAX_EVIDENCE_FILE_BYTES = 20 * 1024 * 1024;

/** A hint for the file picker only; the server decides from the content (lib/evidence/sniff-file-type.ts). */
export const EVIDENCE_FILE_ACCEPT = ".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.png,.jpg,.jpeg,.gif,.webp";

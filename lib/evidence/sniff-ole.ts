// Legacy Office files (.doc/.xls/.ppt) are OLE2 compound files, like .msi installers and .msg mails.
// Which one it is shows in the names of the streams in the file's directory, which is read here by
// following its sector chain through the allocation table ([MS-CFB]).
import { u16, u32 } from "./bytes";

export type TOleKind = "doc" | "xls" | "ppt";
export type TOleVerdict = { ok: true; kind: TOleKind } | { ok: false; detected: string };

const MAX_REGULAR_SECTOR = 0xfffffffa;
const HEADER_FAT_SLOTS = 109;
const isSector = (s: number) => s >= 0 && s <= MAX_REGULAR_SECTOR;

/** Names of the storages and streams in the directory; null when the structure is damaged. */
function directoryNames(bytes: Uint8Array): string[] | null {
  const shift = u16(bytes, 0x1e);
  if (shift !== 9 && shift !== 12) return null;
  const size = 1 << shift;
  // The header fills sector "-1", so sector n starts one sector further in.
  const offset = (sector: number) => (sector + 1) * size;
  const sectorCount = Math.floor(bytes.length / size);

  const fatSectors: number[] = [];
  for (let i = 0; i < HEADER_FAT_SLOTS; i++) {
    const s = u32(bytes, 0x4c + 4 * i);
    if (isSector(s)) fatSectors.push(s);
  }
  // Files with more than 109 FAT sectors list the rest in a chain of DIFAT sectors.
  for (let s = u32(bytes, 0x44), hops = 0; isSector(s) && hops < sectorCount; hops++) {
    for (let i = 0; i < size / 4 - 1; i++) {
      const fat = u32(bytes, offset(s) + 4 * i);
      if (isSector(fat)) fatSectors.push(fat);
    }
    s = u32(bytes, offset(s) + size - 4);
  }
  const perFatSector = size / 4;
  const next = (s: number) => {
    const fat = fatSectors[Math.floor(s / perFatSector)];
    return fat === undefined ? -1 : u32(bytes, offset(fat) + (s % perFatSector) * 4);
  };

  const names: string[] = [];
  let s = u32(bytes, 0x30);
  // A cycle in the chain would loop forever: no chain is longer than the file has sectors.
  for (let hops = 0; isSector(s) && hops <= sectorCount; hops++) {
    if (offset(s) + size > bytes.length) return null;
    for (let entry = offset(s); entry < offset(s) + size; entry += 128) {
      const nameBytes = u16(bytes, entry + 0x40);
      const type = bytes[entry + 0x42];
      if ((type === 1 || type === 2) && nameBytes >= 2 && nameBytes <= 64) {
        names.push(utf16le(bytes.subarray(entry, entry + nameBytes - 2)));
      }
    }
    s = next(s);
  }
  return names.length > 0 ? names : null;
}

function utf16le(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i + 1 < bytes.length; i += 2) text += String.fromCharCode(bytes[i]! | (bytes[i + 1]! << 8));
  return text;
}

// Storages that hold VBA projects in Word and Excel files.
const MACRO_STORAGES = ["Macros", "_VBA_PROJECT_CUR", "_VBA_PROJECT"];

export function sniffOle(bytes: Uint8Array): TOleVerdict {
  const names = directoryNames(bytes);
  if (!names) return { ok: false, detected: "damaged OLE2 compound file" };
  if (names.some((n) => MACRO_STORAGES.includes(n))) return { ok: false, detected: "macro-enabled Office document" };
  if (names.includes("WordDocument")) return { ok: true, kind: "doc" };
  if (names.includes("Workbook") || names.includes("Book")) return { ok: true, kind: "xls" };
  if (names.includes("PowerPoint Document")) return { ok: true, kind: "ppt" };
  return { ok: false, detected: "OLE2 compound file that is not Word, Excel or PowerPoint" };
}

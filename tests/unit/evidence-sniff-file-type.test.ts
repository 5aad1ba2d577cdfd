import { randomBytes } from "node:crypto";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { sniffFileType, type TEvidenceFileKind } from "@/lib/evidence/sniff-file-type";
import { ascii, compoundFile, GIF_1PX, JPEG_HEADER, MINIMAL_PDF, odf, ooxml, PNG_1PX, WEBP_1PX, WINDOWS_EXE, zip } from "../support/evidence-files";

const ELF = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0, 0, 0, 0, 0, 0, 0, 0]);
const HTML = ascii("<!DOCTYPE html>\n<html><head><title>Report</title></head><body><script>alert(1)</script></body></html>");

const accepted: [string, Uint8Array, TEvidenceFileKind, string][] = [
  ["a PDF", MINIMAL_PDF, "pdf", "application/pdf"],
  ["a PNG image", PNG_1PX, "png", "image/png"],
  ["a JPEG image", JPEG_HEADER, "jpeg", "image/jpeg"],
  ["a GIF image", GIF_1PX, "gif", "image/gif"],
  ["a WebP image", WEBP_1PX, "webp", "image/webp"],
  ["a Word document (docx)", ooxml("word", "document.xml"), "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
  ["an Excel workbook (xlsx)", ooxml("xl", "workbook.xml"), "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
  ["a PowerPoint deck (pptx)", ooxml("ppt", "presentation.xml"), "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"],
  [
    "a docx with an archive comment",
    zip(
      [
        { name: "[Content_Types].xml", data: "<Types/>" },
        { name: "word/document.xml", data: "<d/>" },
      ],
      "written by a tool",
    ),
    "docx",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ],
  ["a legacy Word document (doc)", compoundFile(["WordDocument", "1Table", "\u0005SummaryInformation"]), "doc", "application/msword"],
  ["a legacy Excel workbook (xls)", compoundFile(["Workbook"]), "xls", "application/vnd.ms-excel"],
  ["an Excel 5 workbook (xls, Book stream)", compoundFile(["Book"]), "xls", "application/vnd.ms-excel"],
  ["a legacy PowerPoint deck (ppt)", compoundFile(["Current User", "PowerPoint Document"]), "ppt", "application/vnd.ms-powerpoint"],
  [
    "an xls whose directory spans a sector chain",
    compoundFile(["\u0005SummaryInformation", "\u0005DocumentSummaryInformation", "CompObj", "Ole", "Workbook"]),
    "xls",
    "application/vnd.ms-excel",
  ],
  ["an OpenDocument text (odt)", odf("application/vnd.oasis.opendocument.text"), "odt", "application/vnd.oasis.opendocument.text"],
  ["an OpenDocument spreadsheet (ods)", odf("application/vnd.oasis.opendocument.spreadsheet"), "ods", "application/vnd.oasis.opendocument.spreadsheet"],
  ["an OpenDocument presentation (odp)", odf("application/vnd.oasis.opendocument.presentation"), "odp", "application/vnd.oasis.opendocument.presentation"],
];

const refused: [string, Uint8Array, string][] = [
  ["a Windows executable (MZ)", WINDOWS_EXE, "executable"],
  ["a Linux executable (ELF)", ELF, "executable"],
  ["an HTML page renamed .pdf", HTML, "HTML"],
  ["HTML after a byte-order mark and blank lines", ascii("\xef\xbb\xbf\n\n  <html><body>hi</body></html>"), "HTML"],
  ["an SVG image (it can carry scripts)", ascii('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'), "SVG image"],
  ["an empty file", new Uint8Array(0), "empty file"],
  [
    "a plain ZIP without Office entries",
    zip([
      { name: "readme.txt", data: "hello" },
      { name: "setup.exe", data: WINDOWS_EXE },
    ]),
    "ZIP archive",
  ],
  [
    "an OOXML package that is not Word, Excel or PowerPoint",
    zip([
      { name: "[Content_Types].xml", data: "<Types/>" },
      { name: "visio/document.xml", data: "<d/>" },
    ]),
    "Office Open XML package that is not Word, Excel or PowerPoint",
  ],
  ["a macro-enabled Word document (docm)", ooxml("word", "document.xml", [{ name: "word/vbaProject.bin", data: "VBA" }]), "macro-enabled Office document"],
  ["a legacy Word document with macros", compoundFile(["WordDocument"], ["Macros"]), "macro-enabled Office document"],
  ["an OpenDocument drawing", odf("application/vnd.oasis.opendocument.graphics"), "OpenDocument graphics"],
  ["an EPUB book", odf("application/epub+zip"), "ZIP archive"],
  [
    "an OLE2 file without Office streams (installer, e-mail)",
    compoundFile(["\u0005SummaryInformation", "Property"]),
    "OLE2 compound file that is not Word, Excel or PowerPoint",
  ],
  ["an OLE2 header without its sectors", compoundFile(["WordDocument"]).subarray(0, 512), "damaged OLE2 compound file"],
  ["a ZIP cut short before its directory", ooxml("word", "document.xml").subarray(0, 60), "damaged ZIP archive"],
  ["a gzip archive", new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0]), "gzip archive"],
  ["a shell script", ascii("#!/bin/sh\nrm -rf /\n"), "script"],
  ["an RTF document", ascii("{\\rtf1\\ansi hello}"), "RTF document"],
  ["a PDF header that does not start the file", ascii(" %PDF-1.4\n"), "plain text"],
  ["plain text", ascii("Our national CIRT was established in 2019."), "plain text"],
  ["unknown binary data", new Uint8Array([0x00, 0x01, 0x02, 0x03, 0xfe, 0xff]), "unknown binary data"],
];

describe("sniffFileType accepts documents and images by their content", () => {
  it.each(accepted)("%s", async (_label, bytes, kind, mime) => {
    const result = await sniffFileType(bytes);
    expect(result).toMatchObject({ ok: true, type: { kind, mime } });
  });
});

describe("sniffFileType refuses everything else and names what it found", () => {
  it.each(refused)("%s", async (_label, bytes, detected) => {
    expect(await sniffFileType(bytes)).toEqual({ ok: false, detected });
  });
});

describe("sniffFileType on files as real tools write them", () => {
  it("accepts a workbook written by a spreadsheet library (its content types name the main part)", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Evidence").addRow(["CIRT established", 2019]);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    expect(await sniffFileType(bytes)).toMatchObject({ ok: true, type: { kind: "xlsx" } });
  });

  it("names a format it refuses that it knows by its signature (a video)", async () => {
    const mp4 = new Uint8Array([0, 0, 0, 0x18, ...ascii("ftypisom"), 0, 0, 2, 0, ...ascii("isomiso2avc1mp41")]);
    expect(await sniffFileType(mp4)).toEqual({ ok: false, detected: "MP4 file" });
  });
});

describe("sniffFileType on hostile input", () => {
  it("never throws on any truncation of an accepted file", async () => {
    for (const [label, bytes] of accepted) {
      for (let length = 0; length <= bytes.length; length++) {
        await expect(sniffFileType(bytes.subarray(0, length)), `${label} cut at ${length}`).resolves.toHaveProperty("ok");
      }
    }
  });

  it("never throws on random bytes behind each container signature", async () => {
    const signatures = [ascii("PK\x03\x04"), ascii("PK\x05\x06"), new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])];
    for (let round = 0; round < 200; round++) {
      for (const signature of signatures) {
        const bytes = new Uint8Array(signature.length + 600 + round * 7);
        bytes.set(signature);
        bytes.set(randomBytes(bytes.length - signature.length), signature.length);
        const result = await sniffFileType(bytes);
        expect(typeof (result.ok ? result.type.kind : result.detected)).toBe("string");
      }
    }
  });

  it("does not loop forever on a directory chain that points back at itself", async () => {
    const looping = compoundFile(["\u0005SummaryInformation"]);
    // FAT entry for directory sector 1 now names sector 1 again.
    new DataView(looping.buffer).setUint32(512 + 4, 1, true);
    expect(await sniffFileType(looping)).toEqual({ ok: false, detected: "OLE2 compound file that is not Word, Excel or PowerPoint" });
  });
});

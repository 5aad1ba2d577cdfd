import { describe, expect, it } from "vitest";
import { attachmentDisposition, safeDisplayName } from "@/lib/evidence/file-names";
import { EVIDENCE_FILE_TYPES } from "@/lib/evidence/sniff-file-type";
import { evidenceSatisfies, type TEvidenceItem } from "@/lib/evidence/types";

const { pdf, jpeg, docx } = EVIDENCE_FILE_TYPES;

describe("safeDisplayName", () => {
  it.each([
    ["Annual report 2025.pdf", pdf, "Annual report 2025.pdf"],
    ["REPORT.PDF", pdf, "REPORT.pdf"],
    ["scan.JPEG", jpeg, "scan.jpeg"],
    ["../../etc/passwd", pdf, "passwd.pdf"],
    ["C:\\Users\\me\\Desktop\\law.docx", docx, "law.docx"],
    ["setup.exe", pdf, "setup.exe.pdf"],
    ["policy.pdf", docx, "policy.pdf.docx"],
    ["report\u202Efdp.exe", pdf, "reportfdp.exe.pdf"],
    ["a\u0000b\nc\u200Bd.pdf", pdf, "abcd.pdf"],
    ['what?<script>"x".pdf', pdf, "what__script__x_.pdf"],
    ["   ...   ", pdf, "document.pdf"],
    ["", pdf, "document.pdf"],
    ["loi-n°-2019/045 — cybersécurité.pdf", pdf, "045 — cybersécurité.pdf"],
    ["قانون الأمن السيبراني.pdf", pdf, "قانون الأمن السيبراني.pdf"],
  ])("%j as %s -> %j", (claimed, type, expected) => {
    expect(safeDisplayName(claimed, type)).toBe(expected);
  });

  it("bounds the length without splitting characters", () => {
    const name = safeDisplayName(`${"😀".repeat(300)}.pdf`, pdf);
    expect(Array.from(name)).toHaveLength(150 + 4);
    expect(name.endsWith("😀.pdf")).toBe(true);
  });
});

describe("attachmentDisposition", () => {
  it("gives an ASCII fallback and the exact UTF-8 name", () => {
    expect(attachmentDisposition("report.pdf")).toBe(`attachment; filename="report.pdf"; filename*=UTF-8''report.pdf`);
    expect(attachmentDisposition("cybersécurité (v2).pdf")).toBe(
      `attachment; filename="cybers_curit_ (v2).pdf"; filename*=UTF-8''cybers%C3%A9curit%C3%A9%20%28v2%29.pdf`,
    );
  });

  it("never lets a quote, backslash or line break escape the header", () => {
    const header = attachmentDisposition('a"b\\c\r\nSet-Cookie: x.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.split('"')).toHaveLength(3);
  });
});

describe("evidenceSatisfies", () => {
  const base = { questionId: "q", createdAt: "2026-01-01T00:00:00.000Z", createdByName: null };
  const link: TEvidenceItem = { ...base, id: "1", kind: "link", url: "https://example.org/", title: null };
  const file: TEvidenceItem = { ...base, id: "2", kind: "file", fileName: "a.pdf", size: 1, mimeType: "application/pdf", sha256: "x" };
  it.each([
    ["none", [], true],
    ["link", [file], false],
    ["link", [link], true],
    ["document", [link], false],
    ["document", [file], true],
    ["either", [], false],
    ["either", [link], true],
  ] as const)("%s with %j -> %s", (required, items, expected) => {
    expect(evidenceSatisfies(required, items)).toBe(expected);
  });
});

import "server-only";
import PDFDocument from "pdfkit";
import type { TLocale } from "../../i18n/routing";
import { radarGrid, radarPoint, radarPolygon, type TPoint } from "../../reports/radar-geometry";
import type { TReportData } from "../../reports/report-data";
import { pdfWriter, type TPdfWriter } from "./pdf-text-writer";
import { formatScore } from "../../i18n/format-number";

/** Every text of the PDF, already in the reader's language (the route resolves them). */
export type TPdfText = {
  /** Picks the fonts and, for Arabic, the right-to-left layout. */
  locale: TLocale;
  title: string;
  subtitle: string;
  overall: string;
  tier: string;
  /** How stable the tier is, one sentence each. */
  stability: string[];
  pillarLabels: string[];
  legend: { country: string; region: string; world: string };
  headings: { radar: string; pillars: string; flags: string; steps: string; reference: string; maturity: string };
  columns: { pillar: string; score: string; region: string; world: string; published: string | null };
  total: string;
  flags: { severity: string; message: string; action: string }[];
  noFlags: string;
  steps: { text: string; gain: string }[];
  noSteps: string;
  /** Each indicator's maturity stage, and what the next stage still needs (empty for outsiders). */
  maturity: { indicator: string; stage: string; next: string }[];
  reference: string | null;
  referencePillars: (number | null)[] | null;
  referenceOverall: number | null;
};

type TPage = { doc: PDFKit.PDFDocument; w: TPdfWriter; left: number; width: number };

const BLUE = "#1f5fbf";
const ORANGE = "#d08a1e";
const GREY = "#8a94a6";

function polygon(doc: PDFKit.PDFDocument, points: TPoint[]) {
  doc.moveTo(points[0]!.x, points[0]!.y);
  for (const p of points.slice(1)) doc.lineTo(p.x, p.y);
  doc.closePath();
}

function drawRadar({ doc, w }: TPage, data: TReportData, text: TPdfText, top: number) {
  const center = { x: 200, y: top + 120 };
  const radius = 95;
  const axes = data.radar.length;
  doc.lineWidth(0.5).strokeColor("#cccccc");
  for (const ring of radarGrid(axes, center, radius)) {
    polygon(doc, ring);
    doc.stroke();
  }
  for (let k = 0; k < axes; k++) {
    const end = radarPoint(k, axes, 1, 1, center, radius);
    doc.moveTo(center.x, center.y).lineTo(end.x, end.y).stroke();
    const label = radarPoint(k, axes, 1, 1, center, radius + 18);
    w.write(text.pillarLabels[k] ?? "", { x: label.x - 45, y: label.y - 6, width: 90, size: 8, align: "center", color: "#333333" });
  }
  const series: [string, (number | null)[], string, number][] = [
    [text.legend.world, data.radar.map((r) => r.world), GREY, 0.12],
    [text.legend.region, data.radar.map((r) => r.region), ORANGE, 0.12],
    [text.legend.country, data.radar.map((r) => r.country), BLUE, 0.35],
  ];
  let legendY = top + 60;
  for (const [name, values, color, opacity] of series) {
    if (values.some((v) => v === null)) continue;
    polygon(doc, radarPolygon(values as number[], 20, center, radius));
    doc.lineWidth(1.2).fillOpacity(opacity).fillAndStroke(color, color).fillOpacity(1);
    // The swatch sits where the reader starts: left of the name, or right of it in Arabic.
    doc.rect(w.rtl ? 537 : 360, legendY, 10, 10).fill(color);
    const below = w.write(name, { x: w.rtl ? 360 : 376, y: legendY - 1, width: 171, size: 9, color: "#333333" });
    legendY = Math.max(legendY + 18, below + 4);
  }
}

/** Columns run from the reader's start edge: right to left in Arabic. */
function table({ doc, w, left }: TPage, rows: string[][], widths: number[], boldRows = 0) {
  const total = widths.reduce((a, b) => a + b, 0);
  const x0 = w.rtl ? left + doc.page.width - 2 * left - total : left;
  for (const [r, row] of rows.entries()) {
    if (doc.y > doc.page.height - 80) doc.addPage();
    const y = doc.y;
    let bottom = y;
    let offset = 0;
    row.forEach((cell, c) => {
      const x = w.rtl ? x0 + total - offset - widths[c]! : x0 + offset;
      const bold = r < boldRows || r === rows.length - 1;
      bottom = Math.max(
        bottom,
        w.write(cell, { x: x + 2, y: y + 3, width: widths[c]! - 4, size: 9, bold, align: c === 0 ? "start" : "end", color: "#111111" }),
      );
      offset += widths[c]!;
    });
    doc.y = bottom + 2;
    doc
      .moveTo(x0, doc.y)
      .lineTo(x0 + total, doc.y)
      .lineWidth(0.3)
      .strokeColor("#cccccc")
      .stroke();
  }
  doc.y += 6;
}

function heading({ doc, w, left, width }: TPage, text: string) {
  if (doc.y > doc.page.height - 120) doc.addPage();
  doc.y += 8;
  w.write(text, { x: left, width, size: 13, bold: true, color: "#111111" });
  doc.y += 3;
}

/** The report as an A4 PDF: radar drawn from the same geometry as the tests, then tables and lists. */
export function renderReportPdf(data: TReportData, text: TPdfText): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 48, lang: text.locale, info: { Title: text.title } });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const left = doc.page.margins.left;
  const page: TPage = { doc, w: pdfWriter(doc, text.locale), left, width: doc.page.width - 2 * left };
  const { w, width } = page;
  const indent = (by: number) => ({ x: w.rtl ? left : left + by, width: width - by });

  w.write(text.title, { x: left, width, size: 17, bold: true, color: "#111111" });
  w.write(text.subtitle, { x: left, width, size: 9, color: "#555555" });
  doc.y += 4;
  w.write(`${text.overall}   ${text.tier}`, { x: left, width, size: 12, color: "#111111" });
  w.write(text.stability.join(" "), { x: left, width, size: 9, color: "#555555" });
  heading(page, text.headings.radar);
  const top = doc.y;
  drawRadar(page, data, text, top);
  doc.y = top + 250;
  heading(page, text.headings.pillars);
  const c = text.columns;
  const f2 = (n: number | null | undefined) => formatScore(n, text.locale, "-");
  const header = [c.pillar, c.score, c.region, c.world, ...(c.published ? [c.published] : [])];
  const rows = data.pillars.map((p, k) => [
    text.pillarLabels[k] ?? p.pillar,
    `${f2(p.score)} / ${f2(p.maxPoints)}`,
    f2(data.radar[k]!.region),
    f2(data.radar[k]!.world),
    ...(c.published ? [f2(text.referencePillars?.[k])] : []),
  ]);
  const totalRow = [
    text.total,
    `${f2(data.overall)} / 100`,
    f2(data.averages.regionOverall),
    f2(data.averages.worldOverall),
    ...(c.published ? [f2(text.referenceOverall)] : []),
  ];
  const widths = c.published ? [155, 90, 80, 80, 94] : [195, 100, 102, 102];
  table(page, [header, ...rows, totalRow], widths, 1);
  if (text.reference) w.write(text.reference, { x: left, width, size: 9, color: "#555555" });

  heading(page, text.headings.flags);
  if (text.flags.length === 0) w.write(text.noFlags, { x: left, width, size: 10, color: "#111111" });
  for (const f of text.flags) {
    if (doc.y > doc.page.height - 90) doc.addPage();
    w.write(`[${f.severity}] ${f.message}`, { x: left, width, size: 10, bold: true, color: "#111111" });
    w.write(f.action, { ...indent(12), size: 9, color: "#333333" });
    doc.y += 3;
  }
  heading(page, text.headings.steps);
  if (text.steps.length === 0) w.write(text.noSteps, { x: left, width, size: 10, color: "#111111" });
  text.steps.forEach((s, k) => {
    if (doc.y > doc.page.height - 70) doc.addPage();
    w.write(`${k + 1}. ${s.text}  (${s.gain})`, { x: left, width, size: 9.5, color: "#111111" });
    doc.y += 2;
  });
  if (text.maturity.length > 0) {
    heading(page, text.headings.maturity);
    for (const m of text.maturity) {
      if (doc.y > doc.page.height - 80) doc.addPage();
      w.write(`${m.indicator}: ${m.stage}`, { x: left, width, size: 9.5, bold: true, color: "#111111" });
      w.write(m.next, { ...indent(12), size: 8.5, color: "#333333" });
      doc.y += 2;
    }
  }
  doc.end();
  return done;
}

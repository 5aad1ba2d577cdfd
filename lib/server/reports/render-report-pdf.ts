import "server-only";
import PDFDocument from "pdfkit";
import { radarGrid, radarPoint, radarPolygon, type TPoint } from "../../reports/radar-geometry";
import type { TReportData } from "../../reports/report-data";

/** Every text of the PDF, already in the reader's language (the route resolves them). */
export type TPdfText = {
  title: string;
  subtitle: string;
  overall: string;
  tier: string;
  pillarLabels: string[];
  legend: { country: string; region: string; world: string };
  headings: { radar: string; pillars: string; flags: string; steps: string; reference: string };
  columns: { pillar: string; score: string; region: string; world: string; published: string | null };
  total: string;
  flags: { severity: string; message: string; action: string }[];
  noFlags: string;
  steps: { text: string; gain: string }[];
  noSteps: string;
  reference: string | null;
  referencePillars: (number | null)[] | null;
  referenceOverall: number | null;
};

const BLUE = "#1f5fbf";
const ORANGE = "#d08a1e";
const GREY = "#8a94a6";
const f2 = (n: number | null | undefined) => (typeof n === "number" ? n.toFixed(2) : "-");

function polygon(doc: PDFKit.PDFDocument, points: TPoint[]) {
  doc.moveTo(points[0]!.x, points[0]!.y);
  for (const p of points.slice(1)) doc.lineTo(p.x, p.y);
  doc.closePath();
}

function drawRadar(doc: PDFKit.PDFDocument, data: TReportData, text: TPdfText, top: number) {
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
    doc.fillColor("#333333").fontSize(8).text(text.pillarLabels[k] ?? "", label.x - 45, label.y - 5, { width: 90, align: "center" });
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
    doc.rect(360, legendY, 10, 10).fill(color);
    doc.fillColor("#333333").fontSize(9).text(name, 376, legendY + 1, { width: 170 });
    legendY += 18;
  }
}

function table(doc: PDFKit.PDFDocument, rows: string[][], widths: number[], bold = 0) {
  const x0 = doc.page.margins.left;
  for (const [r, row] of rows.entries()) {
    if (doc.y > doc.page.height - 80) doc.addPage();
    const y = doc.y;
    doc.font(r < bold || r === rows.length - 1 ? "Helvetica-Bold" : "Helvetica").fontSize(9);
    let x = x0;
    row.forEach((cell, c) => {
      doc.text(cell, x + 2, y + 3, { width: widths[c]! - 4, align: c === 0 ? "left" : "right" });
      x += widths[c]!;
    });
    doc.y = y + 16;
    doc.moveTo(x0, doc.y).lineTo(x, doc.y).lineWidth(0.3).strokeColor("#cccccc").stroke();
  }
  doc.font("Helvetica").moveDown(0.5);
}

function heading(doc: PDFKit.PDFDocument, text: string) {
  if (doc.y > doc.page.height - 120) doc.addPage();
  doc.moveDown(0.6).font("Helvetica-Bold").fontSize(13).fillColor("#111111").text(text, doc.page.margins.left).font("Helvetica").fontSize(10).moveDown(0.3);
}

/** The report as an A4 PDF: radar drawn from the same geometry as the tests, then tables and lists. */
export function renderReportPdf(data: TReportData, text: TPdfText): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 48, info: { Title: text.title } });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const left = doc.page.margins.left;
  doc.font("Helvetica-Bold").fontSize(17).fillColor("#111111").text(text.title);
  doc.font("Helvetica").fontSize(9).fillColor("#555555").text(text.subtitle).moveDown(0.4);
  doc.fontSize(12).fillColor("#111111").text(`${text.overall}   ${text.tier}`);
  heading(doc, text.headings.radar);
  const top = doc.y;
  drawRadar(doc, data, text, top);
  doc.y = top + 250;
  doc.x = left;
  heading(doc, text.headings.pillars);
  const c = text.columns;
  const header = [c.pillar, c.score, c.region, c.world, ...(c.published ? [c.published] : [])];
  const rows = data.pillars.map((p, k) => [
    text.pillarLabels[k] ?? p.key,
    `${f2(p.score)} / ${f2(p.maxPoints)}`,
    f2(data.radar[k]!.region),
    f2(data.radar[k]!.world),
    ...(c.published ? [f2(text.referencePillars?.[k])] : []),
  ]);
  const totalRow = [text.total, `${f2(data.overall)} / 100`, f2(data.averages.regionOverall), f2(data.averages.worldOverall), ...(c.published ? [f2(text.referenceOverall)] : [])];
  const widths = c.published ? [155, 90, 80, 80, 94] : [195, 100, 102, 102];
  table(doc, [header, ...rows, totalRow], widths, 1);
  if (text.reference) doc.fontSize(9).fillColor("#555555").text(text.reference, left).fillColor("#111111");

  heading(doc, text.headings.flags);
  if (text.flags.length === 0) doc.text(text.noFlags);
  for (const f of text.flags) {
    if (doc.y > doc.page.height - 90) doc.addPage();
    doc.font("Helvetica-Bold").fontSize(10).text(`[${f.severity}] ${f.message}`, left);
    doc.font("Helvetica").fontSize(9).fillColor("#333333").text(f.action, left + 12).fillColor("#111111").moveDown(0.3);
  }
  heading(doc, text.headings.steps);
  if (text.steps.length === 0) doc.text(text.noSteps);
  text.steps.forEach((s, k) => {
    if (doc.y > doc.page.height - 70) doc.addPage();
    doc.fontSize(9.5).text(`${k + 1}. ${s.text}  (${s.gain})`, left, doc.y, { width: doc.page.width - 2 * left }).moveDown(0.2);
  });
  doc.end();
  return done;
}

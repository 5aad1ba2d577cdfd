import "server-only";
import PDFDocument from "pdfkit";
import { createTranslator } from "next-intl";
import { choicesOf } from "../../assessments/workbook-plan";
import type { TActor } from "../../authz/policy";
import { countryName } from "../../countries/country-name";
import { slug } from "../../exports/download";
import { loadMessages } from "../../i18n/load-messages";
import { localized } from "../../i18n/localized";
import { questionNumbers } from "../../questionnaire/question-numbers";
import { pdfWriter } from "../reports/pdf-text-writer";
import { choiceLabels, workbookLocale } from "./assessment-workbook";
import { loadAssessment } from "./load-assessment";

/**
 * The printable questionnaire as an A4 PDF in the reader's language (the same content as the print
 * view): every question the person may read, numbered, with its guidance, tick boxes (the current
 * answer ticked) and lines to write on.
 */
export async function questionnairePdf(actor: TActor, assessmentId: string, rawLocale?: string | null): Promise<{ pdf: Buffer; fileName: string }> {
  const locale = workbookLocale(rawLocale);
  const { assessment, version, scope, answers } = await loadAssessment(actor, assessmentId);
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: "assessment.print" }) as unknown as (key: string) => string;
  const labels = await choiceLabels(locale);
  const numbers = questionNumbers(version);
  const title = `${countryName(assessment.country, locale)} · ${assessment.cycle.name}`;
  const doc = new PDFDocument({ size: "A4", margin: 48, lang: locale, info: { Title: title } });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const w = pdfWriter(doc, locale);
  const left = doc.page.margins.left;
  const width = doc.page.width - 2 * left;
  const box = (size: number, extra: { bold?: boolean; color?: string } = {}) => ({ x: left, width, size, ...extra });
  w.write(title, box(16, { bold: true, color: "#111111" }));
  w.write(`${version.key} · ${t("intro")}`, box(9, { color: "#555555" }));
  for (const pillar of version.pillars.filter((p) => scope.pillars.includes(p.id))) {
    doc.y += 10;
    w.write(localized(pillar.title, locale), box(13, { bold: true, color: "#111111" }));
    for (const q of version.questions.filter((x) => x.pillar === pillar.id)) {
      // Keep a question and its boxes together where a page has room for them.
      if (doc.y > doc.page.height - doc.page.margins.bottom - 90) doc.addPage();
      doc.y += 6;
      w.write(`${numbers[q.id]}  ${localized(q.text, locale)}`, box(10, { bold: true, color: "#111111" }));
      if (q.guidance) w.write(localized(q.guidance, locale), box(8, { color: "#555555" }));
      const value = answers[q.id];
      const choices = choicesOf(q, labels, locale);
      if (choices.length > 0) {
        for (const c of choices) {
          const ticked = Array.isArray(value) ? value.includes(c.value) : value === c.value;
          w.write(`${ticked ? "[X]" : "[   ]"} ${c.label}`, box(9.5, { color: "#111111" }));
        }
      } else {
        w.write(value !== undefined && value !== null ? String(value) : "______________________________________________", box(9.5, { color: "#111111" }));
      }
      w.write(`${t("comment")}: ____________________________________________`, box(8.5, { color: "#555555" }));
    }
  }
  doc.end();
  return { pdf: await done, fileName: `questionnaire-${assessment.countryIso3.toLowerCase()}-${slug(assessment.cycle.name)}.pdf` };
}

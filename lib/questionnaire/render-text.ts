// Plain-text tables and reports for terminals (the CLI's table/text formats). Pure string building.
import { choiceKey } from "./answer-values";
import { roundPoints, versionSummary } from "./describe-version";
import type { TVersionDiff } from "./diff-versions";
import type { TNormalizedQuestionnaire } from "./model";

type TCell = string | number;

/** Columns padded to their widest cell; numeric columns right-aligned so decimals line up. */
export function renderTable(headers: string[], rows: TCell[][]): string {
  const all = [headers, ...rows.map((row) => row.map(String))];
  const isNumber = (cell: TCell | undefined) => typeof cell === "number" || /^-?\d+(\.\d+)?$/.test(cell ?? "");
  const numeric = headers.map((_, c) => rows.some((row) => row[c] !== "") && rows.every((row) => row[c] === "" || isNumber(row[c])));
  const widths = headers.map((_, c) => Math.max(...all.map((row) => String(row[c] ?? "").length)));
  const line = (row: TCell[]) =>
    row
      .map((cell, c) => (numeric[c] ? String(cell).padStart(widths[c] ?? 0) : String(cell).padEnd(widths[c] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(headers), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

export function renderVersionList(versions: TNormalizedQuestionnaire[]): string {
  const rows = versions.map(versionSummary).map((s) => [s.id, s.version, s.status, s.indicators, s.questions, s.hash.slice(0, 12)]);
  return renderTable(["id", "version", "status", "indicators", "questions", "hash"], rows);
}

const fixed = (points: number) => roundPoints(points).toFixed(4);

/** Every question with its effective points, grouped by pillar and indicator, then tiers and gap rules. */
export function renderVersionTable(version: TNormalizedQuestionnaire): string {
  const rows: string[][] = [];
  for (const pillar of version.pillars) {
    rows.push([pillar.id, "", "", fixed(pillar.points), ""]);
    for (const indicatorId of pillar.indicatorIds) {
      const indicator = version.indicatorById[indicatorId];
      if (!indicator) continue;
      rows.push([`  ${indicator.id}`, "", "", fixed(indicator.points), `weight ${indicator.weight}`]);
      for (const questionId of indicator.questionIds) {
        const q = version.questionById[questionId];
        if (!q) continue;
        const notes = [
          q.informational ? "informational" : q.scored ? `weight ${q.weight}` : "not scored",
          q.showIf ? `shown if ${q.showIf.question} in ${q.showIf.in.map(choiceKey).join("|")}` : "",
          q.evidence !== "none" ? `evidence: ${q.evidence}` : "",
        ].filter(Boolean);
        rows.push([`    ${q.id}`, q.type, truncate(q.text.en, 48), fixed(q.points), notes.join("; ")]);
      }
    }
  }
  const total = version.questions.reduce((sum, q) => sum + q.points, 0);
  rows.push(["total", "", "", fixed(total), ""]);
  const tiers = version.tiers.map((t) => `  tier ${t.tier}: ${t.min}+  ${t.label.en}`);
  const gapRules = version.gapRules.map((r) => `  ${r.id} (${r.severity}): ${r.message.en}`);
  return [
    `${version.key} (${version.status}) ${version.title.en}`,
    `hash ${version.hash}`,
    "",
    renderTable(["pillar / indicator / question", "type", "text", "points", "notes"], rows),
    "",
    "tiers:",
    ...tiers,
    "",
    `gap rules: ${version.gapRules.length === 0 ? "none" : ""}`.trimEnd(),
    ...gapRules,
  ].join("\n");
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 3)}...`;
}

const arrow = (before: number, after: number) => `${fixed(before)} -> ${fixed(after)}`;

export function renderDiffText(diff: TVersionDiff): string {
  const q = diff.questions;
  const i = diff.indicators;
  const g = diff.gapRules;
  const section = (title: string, lines: string[]) => (lines.length > 0 ? [`${title} (${lines.length}):`, ...lines.map((l) => `  ${l}`)] : []);
  const pair = (p: { from: string; to: string }) => (p.from === p.to ? p.from : `${p.from} -> ${p.to}`);
  return [
    `${diff.from} -> ${diff.to} (${diff.usedCrosswalk ? "paired through the crosswalk" : "paired by question id, no crosswalk"})`,
    `${q.unchanged} question(s) unchanged`,
    ...section(
      "questions added",
      q.added.map((a) => `${a.id} in ${a.pillar}/${a.indicator} (${a.type}, ${fixed(a.points)} points)`),
    ),
    ...section(
      "questions removed",
      q.removed.map((r) => `${r.id} from ${r.pillar}/${r.indicator} (${r.type}, ${fixed(r.points)} points)`),
    ),
    ...section(
      "questions reworded",
      q.reworded.map((r) => `${pair(r)}: "${r.before}" -> "${r.after}"`),
    ),
    ...section(
      "questions reweighted",
      q.reweighted.map((r) => `${pair(r)}: ${arrow(r.pointsBefore, r.pointsAfter)} points`),
    ),
    ...section(
      "questions moved",
      q.moved.map((m) => `${pair(m)}: ${m.before} -> ${m.after}`),
    ),
    ...section(
      "questions with a new type",
      q.typeChanged.map((t) => `${pair(t)}: ${t.typeBefore} -> ${t.typeAfter}`),
    ),
    ...section(
      "questions split",
      q.split.map((s) => `${s.from} -> ${s.to.join(", ")}: ${arrow(s.pointsBefore, s.pointsAfter)} points`),
    ),
    ...section(
      "questions merged",
      q.merged.map((m) => `${m.from.join(", ")} -> ${m.to}: ${arrow(m.pointsBefore, m.pointsAfter)} points`),
    ),
    ...section(
      "indicators added",
      i.added.map((a) => `${a.id} in ${a.pillar} (${fixed(a.points)} points)`),
    ),
    ...section(
      "indicators removed",
      i.removed.map((r) => `${r.id} from ${r.pillar} (${fixed(r.points)} points)`),
    ),
    ...section(
      "indicators reweighted",
      i.reweighted.map((r) => `${r.id}: ${arrow(r.pointsBefore, r.pointsAfter)} points`),
    ),
    ...section(
      "indicators moved",
      i.moved.map((m) => `${m.id}: ${m.pillarBefore} -> ${m.pillarAfter}`),
    ),
    ...section(
      "indicators retitled",
      i.retitled.map((r) => `${r.id}: "${r.before}" -> "${r.after}"`),
    ),
    ...section("gap rules added", g.added),
    ...section("gap rules removed", g.removed),
    ...section("gap rules changed", g.changed),
  ].join("\n");
}

// `npm run cli -- score ...`: score an answers file against a questionnaire version, or print a template.
// Exit codes: 0 ok, 1 invalid input (answers file, answers, questionnaire file), 2 wrong usage or unknown version.
// Invalid input never prints a score: every problem is reported and nothing goes to stdout.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { scoreOfRecord } from "@/lib/assessments/score-of-record";
import { InvalidQuestionnaireError, loadVersion, UnknownVersionError } from "@/lib/files/questionnaire-files";
import type { TAnswers, TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import { parseVersionKey } from "@/lib/questionnaire/version-key";
import { validateAnswers } from "@/lib/scoring/answer-value";
import { ZAnswersFile, type TAnswersFile } from "@/lib/scoring/answers-file";
import { formatScoreTable } from "@/lib/scoring/format-table";
import { answersTemplate } from "@/lib/scoring/templates";

export type TScoreIo = { out: (text: string) => void; err: (text: string) => void; cwd: string };

const processIo: TScoreIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  cwd: process.cwd(),
};

const USAGE = `usage: npm run cli -- score --questionnaire <id>@<version> --answers <file.json> [--format json|table]
       npm run cli -- score template --questionnaire <id>@<version> --fill best|worst|empty [--country KEN]

options: --questionnaires-dir <directory> where versions are read (default questionnaires/)`;

class InputError extends Error {
  constructor(
    readonly lines: string[],
    readonly code: number,
  ) {
    super(lines.join("\n"));
  }
}

export async function runScoreCommand(args: string[], io: TScoreIo = processIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        questionnaire: { type: "string" },
        answers: { type: "string" },
        format: { type: "string" },
        fill: { type: "string" },
        country: { type: "string" },
        "questionnaires-dir": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
    if (values.help) {
      io.out(USAGE);
      return 0;
    }
    const [sub, ...extra] = positionals;
    if ((sub !== undefined && sub !== "template") || extra.length > 0)
      throw usage(`unexpected argument ${JSON.stringify(sub === "template" ? extra[0] : sub)}`);
    if (!values.questionnaire) throw usage("--questionnaire <id>@<version> is required");
    if (!parseVersionKey(values.questionnaire)) throw usage(`--questionnaire ${JSON.stringify(values.questionnaire)} is not <id>@<version>`);
    const dir = values["questionnaires-dir"];

    if (sub === "template") {
      const fill = values.fill ?? "empty";
      if (fill !== "best" && fill !== "worst" && fill !== "empty") throw usage(`--fill must be best, worst or empty, got ${JSON.stringify(fill)}`);
      const version = await load(values.questionnaire, dir, io.cwd);
      const file: TAnswersFile = { questionnaire: version.key, country: values.country ?? "XXX", answers: answersTemplate(version, fill) };
      io.out(JSON.stringify(file, null, 2));
      return 0;
    }

    const format = values.format ?? "json";
    if (format !== "json" && format !== "table") throw usage(`--format must be json or table, got ${JSON.stringify(format)}`);
    if (!values.answers) throw usage("--answers <file.json> is required");
    const file = await readAnswersFile(path.resolve(io.cwd, values.answers), values.answers);
    if (file.questionnaire !== values.questionnaire)
      throw new InputError([`${values.answers}: answers are for ${file.questionnaire}, not ${values.questionnaire}`], 1);
    const version = await load(values.questionnaire, dir, io.cwd);
    const problems = validateAnswers(version, file.answers);
    if (problems.length > 0)
      throw new InputError(
        problems.map((p) => `${values.answers}: ${p.message}`),
        1,
      );

    // An answers file is a country's own answers: the self-reported score of record, as the app computes it.
    const result = scoreOfRecord(version, file.answers as TAnswers, [], { status: "draft", reviewed: false }).selfReported;
    if (format === "table") io.out(formatScoreTable(result, version, { country: file.country }));
    else
      io.out(
        JSON.stringify(
          {
            questionnaire: result.questionnaire,
            questionnaireHash: result.questionnaireHash,
            rulesVersion: result.rulesVersion,
            country: file.country,
            preview: result.preview,
            overall: result.overall,
            tier: result.tier,
            pillars: result.pillars,
            completion: result.completion,
            flags: result.flags,
            explanation: result.explanation,
            nextSteps: result.nextSteps.overall,
          },
          null,
          2,
        ),
      );
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      error.lines.forEach((line) => io.err(line));
      return error.code;
    }
    if (error instanceof Error && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")) {
      io.err(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}

const usage = (message: string) => new InputError([message, "", USAGE], 2);

async function load(key: string, dir: string | undefined, cwd: string): Promise<TNormalizedQuestionnaire> {
  try {
    return await loadVersion(key, { dir, cwd });
  } catch (error) {
    if (error instanceof UnknownVersionError) throw new InputError([error.message], 2);
    if (error instanceof InvalidQuestionnaireError) throw new InputError([error.message], 1);
    if (error instanceof Error && "code" in error && error.code === "ENOENT")
      throw new InputError([`questionnaires directory not found: ${dir ?? "questionnaires"}`], 2);
    throw error;
  }
}

async function readAnswersFile(absolute: string, shown: string): Promise<TAnswersFile> {
  let text: string;
  try {
    text = await readFile(absolute, "utf8");
  } catch (error) {
    const reason = error instanceof Error && "code" in error ? String(error.code) : "unreadable";
    throw new InputError([`${shown}: cannot read the answers file (${reason})`], 1);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError([`${shown}: not valid JSON (${error instanceof Error ? error.message : String(error)})`], 1);
  }
  const parsed = ZAnswersFile.safeParse(data);
  if (!parsed.success)
    throw new InputError(
      parsed.error.issues.map((i) => `${shown}: ${i.path.length > 0 ? `${i.path.map(String).join(".")}: ` : ""}${i.message}`),
      1,
    );
  return parsed.data;
}

// Turns zod issues into messages an expert editing YAML understands ("weight must be a number, not \"3\"")
// instead of zod's defaults ("Invalid input: expected number, received string").
import { z } from "zod";
import { PILLAR_IDS } from "./constants";
import { describeField, locate, plural, showValue, valueAt, type TDataPath, type TRawProblem } from "./problems";

type TIssue = z.core.$ZodIssue;

const SLUG_HINT = "must be kebab-case (lowercase letters, digits and single hyphens)";
const CONDITION_FORMS = "{question, in}, {question, creditBelow}, {question, unanswered: true}, {indicator, scoreBelow}, {all}, {any} or {not}";

const EXPECTED_NAMES: Record<string, string> = {
  string: "a text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a mapping",
};

/** One located-ready problem per zod issue; union issues are unwrapped to the branch the author meant. */
export function zodIssuesToProblems(issues: readonly TIssue[], data: unknown, knownKeys: ReadonlySet<string>): TRawProblem[] {
  return issues.flatMap((issue) => issueToProblems(issue, [], data, knownKeys));
}

function issueToProblems(issue: TIssue, prefix: TDataPath, data: unknown, knownKeys: ReadonlySet<string>): TRawProblem[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === "invalid_union") {
    const branch = likelyBranch(issue.errors);
    if (branch && !issue.discriminator) return branch.flatMap((inner) => issueToProblems(inner, path, data, knownKeys));
  }
  return [{ path, message: issueMessage(issue, path, data, knownKeys) }];
}

// The branch whose keys matched (no unknown keys, right shape) is the one the author was writing.
function likelyBranch(branches: readonly (readonly TIssue[])[]): readonly TIssue[] | undefined {
  const candidates = branches.filter(
    (issues) => issues.length > 0 && !issues.some((i) => i.path.length === 0 && (i.code === "unrecognized_keys" || i.code === "invalid_type")),
  );
  return candidates.length === 1 ? candidates[0] : undefined;
}

function issueMessage(issue: TIssue, path: TDataPath, data: unknown, knownKeys: ReadonlySet<string>): string {
  const { item, rest } = locate(data, path);
  const subject = describeField(item, rest) || "this entry";
  const value = valueAt(data, path);
  switch (issue.code) {
    case "invalid_type":
      if (value === undefined) return `${subject} is missing`;
      // YAML reads `version: 2024` as a number; the fix is quoting it.
      if (issue.expected === "string" && (typeof value === "number" || typeof value === "boolean"))
        return `${subject} must be a text, not ${String(value)} (write it in quotes: "${String(value)}")`;
      return `${subject} must be ${EXPECTED_NAMES[issue.expected] ?? issue.expected}, not ${showValue(value)}`;
    case "too_big":
      return tooBig(issue, subject, value);
    case "too_small":
      return tooSmall(issue, subject, value, path);
    case "invalid_format":
      return `${subject} ${showValue(value)} ${formatHint(issue)}`;
    case "invalid_value":
      return issue.values.length === 1
        ? `${subject} must be ${String(issue.values[0])}, not ${showValue(value)}`
        : `${subject} ${showValue(value)} is not one of ${issue.values.join(", ")}`;
    case "unrecognized_keys": {
      const keys = issue.keys.map((key) => `"${key}"${suggestion(key, knownKeys)}`).join(", ");
      const owner = rest.length > 0 ? `${subject} has ` : "";
      return `${owner}unknown ${issue.keys.length === 1 ? "key" : "keys"} ${keys}`;
    }
    case "invalid_union":
      if (issue.discriminator) {
        const options = "options" in issue && issue.options ? issue.options.join(", ") : "";
        return value === undefined ? `${subject} is missing (one of ${options})` : `${subject} ${showValue(value)} is not one of ${options}`;
      }
      if (path.includes("when")) return `${subject} is not a valid condition; use one of ${CONDITION_FORMS}`;
      if (rootTypeMismatches(issue.errors)) return `${subject} must be ${rootTypeMismatches(issue.errors)}, not ${showValue(value)}`;
      return `${subject} ${showValue(value)} is not valid here`;
    default:
      return `${subject}: ${issue.message}`;
  }
}

// "a text or true or false" when every branch of a union of scalars rejected the value's type.
function rootTypeMismatches(branches: readonly (readonly TIssue[])[]): string | undefined {
  const expected = branches.map((issues) => {
    const root = issues.find((i) => i.path.length === 0 && i.code === "invalid_type");
    return root?.code === "invalid_type" ? (EXPECTED_NAMES[root.expected] ?? root.expected) : undefined;
  });
  return expected.every((e) => e !== undefined) && expected.length > 0 ? expected.join(" or ") : undefined;
}

function tooBig(issue: z.core.$ZodIssueTooBig, subject: string, value: unknown): string {
  const max = Number(issue.maximum);
  if (issue.origin === "array") return `${subject} has ${plural(lengthOf(value), "item")}, at most ${max} allowed`;
  if (issue.origin === "string") return `${subject} is longer than ${plural(max, "character")}`;
  return `${subject} ${showValue(value)} is ${issue.inclusive === false ? "not below" : "above"} ${max}`;
}

function tooSmall(issue: z.core.$ZodIssueTooSmall, subject: string, value: unknown, path: TDataPath): string {
  const min = Number(issue.minimum);
  if (issue.origin === "array") {
    if (path.length === 1 && path[0] === "pillars")
      return `the questionnaire must have exactly the five pillars (${PILLAR_IDS.join(", ")}), found ${lengthOf(value)}`;
    if (issue.exact) return `${subject} must have exactly ${plural(min, "item")}, found ${lengthOf(value)}`;
    return `${subject} needs at least ${plural(min, "item")}, found ${lengthOf(value)}`;
  }
  if (issue.origin === "string") return min <= 1 ? `${subject} is empty` : `${subject} is shorter than ${plural(min, "character")}`;
  return `${subject} ${showValue(value)} is ${issue.inclusive === false ? "not above" : "below"} ${min}`;
}

function formatHint(issue: z.core.$ZodIssueInvalidStringFormat): string {
  if (issue.format === "url") return "is not a valid URL";
  if (issue.format !== "regex") return `is not a valid ${issue.format}`;
  if (issue.pattern === "/^[a-z0-9]+(?:-[a-z0-9]+)*$/") return SLUG_HINT;
  if (issue.pattern === "/^[0-9A-Za-z.-]+$/") return "may only hold letters, digits, dots and hyphens";
  return `does not match ${issue.pattern ?? "the expected pattern"}`;
}

function lengthOf(value: unknown): number {
  return Array.isArray(value) ? value.length : 0;
}

function suggestion(key: string, knownKeys: ReadonlySet<string>): string {
  let best: string | undefined;
  let bestDistance = 3;
  for (const known of knownKeys) {
    const distance = editDistance(key.toLowerCase(), known.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [known, distance];
  }
  return best ? ` (did you mean "${best}"?)` : "";
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

// Problems found in questionnaire and crosswalk files, located by ids rather than array indexes,
// because experts navigate their YAML by pillar, indicator and question id.

export type TDataPath = readonly PropertyKey[];

export type TProblem = {
  /** The file as the user named it (relative path or base name). */
  file: string;
  /** Id-based location inside the file, e.g. `legal/cybercrime/q3` or `gap rule no-cert`; empty at top level. */
  where: string;
  message: string;
  line?: number;
  column?: number;
};

/** A problem before it is located: the data path it concerns and a message naming the field. */
export type TRawProblem = { path: TDataPath; message: string };

/** `file:line:col: where: message`, the shape editors and CI logs turn into links. */
export function formatProblem(problem: TProblem): string {
  const at = problem.line !== undefined ? `:${problem.line}:${problem.column ?? 1}` : "";
  return `${problem.file}${at}: ${problem.where ? `${problem.where}: ` : ""}${problem.message}`;
}

type TLabeller = (item: unknown, index: number) => string;

// Containers whose items are named in locations; anything deeper is described as a field.
const LOCATION_LABELS: Record<string, TLabeller> = {
  pillars: (item, i) => idOf(item) ?? `pillars[${i}]`,
  indicators: (item, i) => idOf(item) ?? `indicators[${i}]`,
  questions: (item, i) => idOf(item) ?? `questions[${i}]`,
  gapRules: (item, i) => `gap rule ${idOf(item) ?? `#${i + 1}`}`,
  tiers: (item, i) => {
    const tier = field(item, "tier");
    return typeof tier === "number" ? `tier ${tier}` : `tiers[${i}]`;
  },
  // Crosswalk entries have no id: name them by number and the questions they map.
  entries: (item, i) => `entry ${i + 1} (${idList(field(item, "from"))} -> ${idList(field(item, "to"))})`,
};

function idList(ids: unknown): string {
  return Array.isArray(ids) && ids.length > 0 ? ids.map(String).join(", ") : "none";
}

export function idOf(item: unknown): string | undefined {
  const id = field(item, "id");
  return typeof id === "string" && id !== "" ? id : undefined;
}

export function field(item: unknown, key: PropertyKey | undefined): unknown {
  if (item === null || typeof item !== "object" || key === undefined) return undefined;
  return (item as Record<PropertyKey, unknown>)[key];
}

/** The value found at `path` in raw data, or undefined. */
export function valueAt(data: unknown, path: TDataPath): unknown {
  return path.reduce<unknown>((cursor, key) => field(cursor, key), data);
}

/** Splits a path into the id-based location (`legal/cybercrime/q3`) and what remains inside that item. */
export function locate(data: unknown, path: TDataPath): { where: string; item: unknown; rest: PropertyKey[] } {
  const labels: string[] = [];
  let cursor = data;
  let i = 0;
  while (i < path.length) {
    const key = path[i];
    const index = path[i + 1];
    const labeller = typeof key === "string" ? LOCATION_LABELS[key] : undefined;
    if (!labeller || typeof index !== "number") break;
    cursor = field(field(cursor, key), index);
    labels.push(labeller(cursor, index));
    i += 2;
  }
  return { where: labels.join("/"), item: cursor, rest: path.slice(i) };
}

/** Names a field inside an item for messages: `option b credit`, `text.fr`, `step 2 credit`, `showIf.in[0]`. */
export function describeField(item: unknown, rest: TDataPath): string {
  const words: string[] = [];
  let dotted = "";
  let cursor = item;
  const flush = () => {
    if (dotted) words.push(dotted);
    dotted = "";
  };
  for (let i = 0; i < rest.length; i++) {
    const key = rest[i];
    const next = rest[i + 1];
    if ((key === "options" || key === "steps") && typeof next === "number") {
      flush();
      const element = field(field(cursor, key), next);
      words.push(key === "options" ? `option ${idOf(element) ?? next + 1}` : `step ${next + 1}`);
      cursor = element;
      i++;
      continue;
    }
    dotted += typeof key === "number" ? `[${key}]` : `${dotted ? "." : ""}${String(key)}`;
    cursor = field(cursor, key);
  }
  flush();
  return words.join(" ");
}

/** A value as an expert would recognise it from the YAML. */
export function showValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return "a list";
  if (value !== null && typeof value === "object") return "a mapping";
  return String(value);
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

// YAML text -> plain data, keeping the document so problems found later can point at a line:column.
// Pure (the yaml package only parses strings), so it also runs in the browser.
import { isMap, isScalar, LineCounter, parseDocument, type Document } from "yaml";
import type { TDataPath } from "./problems";

export type TSourcePosition = { line: number; column: number };
export type TYamlError = TSourcePosition & { message: string };

export type TYamlSource = {
  data: unknown;
  /** Where the value at `path` (or its closest existing parent) starts in the text. */
  positionOf(path: TDataPath): TSourcePosition | undefined;
};

export function parseYamlSource(text: string): { ok: true; source: TYamlSource } | { ok: false; errors: TYamlError[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((error) => ({
        line: error.linePos?.[0].line ?? 1,
        column: error.linePos?.[0].col ?? 1,
        // The pretty message repeats the position and quotes the text; the first clause is the reason.
        message: (error.message.split("\n")[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, ""),
      })),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { ok: false, errors: [{ line: 1, column: 1, message: error instanceof Error ? error.message : String(error) }] };
  }
  return { ok: true, source: { data, positionOf: (path) => positionOf(doc, lineCounter, path) } };
}

function positionOf(doc: Document, lineCounter: LineCounter, path: TDataPath): TSourcePosition | undefined {
  for (let length = path.length; length >= 0; length--) {
    const offset = offsetOf(doc, path.slice(0, length) as unknown[]);
    if (offset !== undefined) {
      const { line, col } = lineCounter.linePos(offset);
      return { line, column: col };
    }
  }
  return undefined;
}

// Points at the key of a mapping entry (where the eye looks), else at the value node.
function offsetOf(doc: Document, path: unknown[]): number | undefined {
  if (path.length === 0) return doc.contents?.range?.[0];
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  const last = path[path.length - 1];
  if (isMap(parent)) {
    const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
    if (pair && isScalar(pair.key)) return pair.key.range?.[0];
    return undefined;
  }
  const node = doc.getIn(path, true);
  return node && typeof node === "object" && "range" in node ? (node.range as [number, number, number])[0] : undefined;
}

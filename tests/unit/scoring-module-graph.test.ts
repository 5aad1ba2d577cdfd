// lib/scoring and lib/gaps import each other (a score carries gap flags, flags read the answer
// state) but no module may reach itself again through its imports, types included.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = process.cwd();
const FOLDERS = ["lib/scoring", "lib/gaps"];

function graph(): Map<string, string[]> {
  const files = FOLDERS.flatMap((dir) =>
    readdirSync(path.join(ROOT, dir))
      .filter((f) => f.endsWith(".ts"))
      .map((f) => `${dir}/${f}`),
  );
  const known = new Set(files);
  const edges = new Map<string, string[]>();
  for (const file of files) {
    const source = readFileSync(path.join(ROOT, file), "utf8");
    const targets = [...source.matchAll(/\bfrom\s+"([^"]+)"/g)].map(([, spec]) => {
      const resolved = spec!.startsWith("@/") ? spec!.slice(2) : spec!.startsWith(".") ? path.posix.join(path.posix.dirname(file), spec!) : spec!;
      return `${resolved}.ts`;
    });
    edges.set(
      file,
      targets.filter((t) => known.has(t)),
    );
  }
  return edges;
}

/** Every cycle found by a depth-first walk, as the chain of files. */
function cycles(edges: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  const walk = (file: string, stack: string[]) => {
    if (stack.includes(file)) return void found.push([...stack.slice(stack.indexOf(file)), file]);
    if (done.has(file)) return;
    for (const next of edges.get(file) ?? []) walk(next, [...stack, file]);
    done.add(file);
  };
  for (const file of edges.keys()) walk(file, []);
  return found;
}

describe("scoring and gaps modules", () => {
  it("import each other without a cycle", () => {
    const edges = graph();
    expect(edges.get("lib/scoring/score.ts")).toContain("lib/gaps/evaluate-gap-rules.ts");
    expect(cycles(edges)).toEqual([]);
  });

  it("the check finds a cycle when there is one", () => {
    expect(
      cycles(
        new Map([
          ["a", ["b"]],
          ["b", ["a"]],
        ]),
      ),
    ).toEqual([["a", "b", "a"]]);
  });
});

import { describe, expect, it } from "vitest";
import { decodeRow, decodeValue, encodeRow } from "@/lib/server/backup/backup-values";

describe("backup values: typed JSON that either database restores", () => {
  it.each([
    ["a string", "Loi n° 2021-45 — «ç» 中文", "Loi n° 2021-45 — «ç» 中文"],
    ["an integer", 42, 42],
    ["a float", 0.1 + 0.2, 0.1 + 0.2],
    ["a boolean", false, false],
    ["null", null, null],
    ["a date", new Date("2026-03-01T09:30:00.123Z"), { $date: "2026-03-01T09:30:00.123Z" }],
    ["a big integer", 9007199254740993n, { $bigint: "9007199254740993" }],
    ["bytes", new Uint8Array([0, 255, 7]), { $bytes: "AP8H" }],
    ["not a finite float", Number.POSITIVE_INFINITY, { $float: "Infinity" }],
    ["JSON", { a: [1, "two"] }, { $json: { a: [1, "two"] } }],
  ])("round-trips %s through JSON text", (_label, value, encoded) => {
    const row = encodeRow({ v: value });
    expect(row.v).toEqual(encoded);
    expect(decodeRow(JSON.parse(JSON.stringify(row)) as Record<string, unknown>).v).toEqual(value);
  });

  it("refuses values it does not know instead of restoring them wrongly", () => {
    expect(() => decodeValue({ $date: "yesterday" })).toThrow(/Malformed date/);
    expect(() => decodeValue({ $what: 1 })).toThrow(/Unknown value type/);
    expect(() => decodeValue({ a: 1, b: 2 })).toThrow(/Malformed value/);
  });
});

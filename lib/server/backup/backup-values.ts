import "server-only";

// Row values in a backup are JSON, typed where JSON has no type of its own: a one-key object names
// the type ({"$date": ISO-8601}, {"$bigint": "12"}, ...). Neither SQLite's nor PostgreSQL's storage
// format leaks in, so a backup of either restores into the other.

export type TEncoded = null | string | number | boolean | { [tag: `$${string}`]: unknown };

const isDecimal = (v: object): v is { toFixed(): string } => v.constructor?.name === "Decimal" && "toFixed" in v;

export function encodeValue(value: unknown): TEncoded {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case "string":
    case "boolean":
      return value;
    case "number":
      return Number.isFinite(value) ? value : { $float: String(value) };
    case "bigint":
      return { $bigint: value.toString() };
    case "object":
      if (value instanceof Date) return { $date: value.toISOString() };
      if (value instanceof Uint8Array) return { $bytes: Buffer.from(value).toString("base64") };
      if (isDecimal(value)) return { $decimal: value.toFixed() };
      return { $json: value };
    default:
      throw new Error(`Cannot back up a value of type ${typeof value}`);
  }
}

export function decodeValue(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  const [tag, ...rest] = Object.keys(value);
  if (!tag || rest.length > 0) throw new Error(`Malformed value in backup: ${JSON.stringify(value).slice(0, 80)}`);
  const inner = (value as Record<string, unknown>)[tag];
  switch (tag) {
    case "$date": {
      const date = new Date(String(inner));
      if (Number.isNaN(date.getTime())) throw new Error(`Malformed date in backup: ${String(inner)}`);
      return date;
    }
    case "$bigint":
      return BigInt(String(inner));
    case "$float":
      return Number(inner);
    case "$bytes":
      return new Uint8Array(Buffer.from(String(inner), "base64"));
    case "$decimal":
      return String(inner);
    case "$json":
      return inner;
    default:
      throw new Error(`Unknown value type in backup: ${tag}`);
  }
}

export const encodeRow = (row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, encodeValue(v)]));
export const decodeRow = (row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, decodeValue(v)]));

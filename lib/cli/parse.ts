// Small helpers shared by the CLI commands.
import { parseArgs, type ParseArgsConfig } from "node:util";

export function parse<T extends NonNullable<ParseArgsConfig["options"]>>(args: string[], options: T) {
  return parseArgs({ args, options, allowPositionals: true, strict: true });
}

export function fail(message: string, code = 2): number {
  process.stderr.write(`${message}\n`);
  return code;
}

export function print(value: unknown, format: string | undefined): void {
  if (format === "json") process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  else if (Array.isArray(value)) console.table(value);
  else process.stdout.write(`${typeof value === "string" ? value : JSON.stringify(value, null, 2)}\n`);
}

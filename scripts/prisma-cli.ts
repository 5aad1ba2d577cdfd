// Runs the Prisma CLI with the project's config; used by the setup scripts.
import { spawnSync } from "node:child_process";

export function prisma(args: string[], options: { env?: NodeJS.ProcessEnv; capture?: boolean } = {}): string {
  const result = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", ...args], {
    env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", ...options.env },
    encoding: "utf8",
    stdio: options.capture ? ["ignore", "pipe", "pipe"] : "inherit",
  });
  if (result.status !== 0) {
    throw new Error(`prisma ${args.join(" ")} failed (exit ${result.status})\n${result.stderr ?? ""}${result.stdout ?? ""}`);
  }
  return result.stdout ?? "";
}

import "server-only";
import pino from "pino";
import { env } from "../env";

// Structured JSON logs on stdout: one line per event, ready for any log collector.
export const logger = pino({
  level: env().LOG_LEVEL,
  base: { app: "five-pillars" },
  redact: ["password", "token", "*.password", "*.token", "headers.authorization", "headers.cookie"],
});

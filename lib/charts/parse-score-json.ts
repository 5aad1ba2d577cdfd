import { PILLAR_IDS, type TPillarScores } from "./types";

const KEY = { legal: "legal", technical: "technical", organizational: "organizational", "capacity-development": "capacityDevelopment", cooperation: "cooperation" } as const;

/** Pillar scores and gap flags from an assessment's stored score JSON (tolerant of old or absent JSON). */
export function parseScoreJson(json: string | null): { pillars: TPillarScores | null; flags: string[] } {
  if (!json) return { pillars: null, flags: [] };
  try {
    const parsed = JSON.parse(json) as { pillars?: Record<string, unknown>; flags?: unknown };
    const raw = parsed.pillars ?? {};
    const values = PILLAR_IDS.map((p) => raw[KEY[p]]);
    const pillars = values.every((v) => typeof v === "number") ? (Object.fromEntries(PILLAR_IDS.map((p, i) => [p, values[i]])) as TPillarScores) : null;
    const flags = Array.isArray(parsed.flags) ? parsed.flags.filter((f): f is string => typeof f === "string") : [];
    return { pillars, flags };
  } catch {
    return { pillars: null, flags: [] };
  }
}

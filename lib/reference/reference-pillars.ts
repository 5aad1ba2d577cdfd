// A published GCI row keeps its pillar scores in database columns (camelCase, as every column);
// everywhere else pillars go by their ids. This is the one place that maps the one to the other.
import { PILLAR_IDS, type TPillarId } from "../questionnaire/constants";

export type TReferenceColumns = { legal: number; technical: number; organizational: number; capacityDevelopment: number; cooperation: number };

const COLUMN: Record<TPillarId, keyof TReferenceColumns> = {
  legal: "legal",
  technical: "technical",
  organizational: "organizational",
  "capacity-development": "capacityDevelopment",
  cooperation: "cooperation",
};

/** The five pillar scores of a published result, keyed by pillar id. */
export function referencePillars(row: TReferenceColumns): Record<TPillarId, number> {
  return Object.fromEntries(PILLAR_IDS.map((id) => [id, row[COLUMN[id]]])) as Record<TPillarId, number>;
}

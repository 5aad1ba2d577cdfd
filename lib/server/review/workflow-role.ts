import "server-only";
import type { TWorkflowRole } from "../../assessments/workflow";
import { isAdmin, isFocalPointOf, type TActor } from "../../authz/policy";

/** The actor's part in one country's workflow. */
export function workflowRole(actor: TActor, countryIso3: string): TWorkflowRole {
  if (isAdmin(actor)) return "admin";
  if (actor.grants.some((g) => g.role === "reviewer")) return "reviewer";
  if (isFocalPointOf(actor, countryIso3)) return "focal-point";
  if (actor.grants.some((g) => g.role === "contributor" && g.countryIso3 === countryIso3)) return "contributor";
  return "other";
}

// Which of a country's assessments its people see first at home: the ones they can still work on
// (the cycle is open and the assessment is not closed by validation), nearest deadline first; then
// the closed ones, newest first, without the alarms (open queries) that only matter while open. Pure.

import { VALIDATED_STATUSES } from "../authz/assessment-rules";

export type THomeAssessment = { status: string; cycle: { opensAt: Date; closesAt: Date } };

const CLOSED_STATUSES = new Set<string>(VALIDATED_STATUSES);

/** Open: the cycle has opened and not yet closed, and the assessment is not validated. */
export function isOpenForWork(a: THomeAssessment, now: Date): boolean {
  return !CLOSED_STATUSES.has(a.status) && a.cycle.opensAt <= now && now <= a.cycle.closesAt;
}

export function splitHomeAssessments<T extends THomeAssessment>(assessments: readonly T[], now: Date): { open: T[]; closed: T[] } {
  const open = assessments.filter((a) => isOpenForWork(a, now)).sort((a, b) => a.cycle.closesAt.getTime() - b.cycle.closesAt.getTime());
  const closed = assessments.filter((a) => !isOpenForWork(a, now)).sort((a, b) => b.cycle.closesAt.getTime() - a.cycle.closesAt.getTime());
  return { open, closed };
}

import { EvidencePanel } from "@/lib/features/evidence/evidence-panel";
import type { TEvidenceByQuestion } from "@/lib/features/evidence/types";
import type { TPillarId } from "@/lib/questionnaire/format-schema";
import { AssessmentHeader, type TPageData } from "./assessment-header";
import { PillarForm } from "./answer-form/pillar-form";

/** One pillar's form; each question that asks for evidence gets its evidence panel. */
export async function PillarPage({ data, pillar, locale, evidence }: { data: TPageData; pillar: TPillarId; locale: string; evidence: TEvidenceByQuestion }) {
  const editable = data.editable.includes(pillar);
  const panels = Object.fromEntries(
    data.version.questions
      .filter((q) => q.pillar === pillar && q.evidence !== "none")
      .map((q) => [
        q.id,
        <EvidencePanel key={q.id} assessmentId={data.assessment.id} questionId={q.id} required={q.evidence} canEdit={editable} items={evidence[q.id] ?? []} />,
      ]),
  );
  return (
    <div className="stack">
      <AssessmentHeader data={data} locale={locale} current={pillar} />
      <PillarForm
        assessmentId={data.assessment.id}
        locale={locale}
        pillar={pillar}
        version={data.version}
        initial={data.initial}
        editable={editable}
        evidence={panels}
      />
    </div>
  );
}

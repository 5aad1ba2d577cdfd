import type { TPillarId } from "@/lib/questionnaire/format-schema";
import { AssessmentHeader, type TPageData } from "./assessment-header";
import { PillarForm } from "./answer-form/pillar-form";

export async function PillarPage({ data, pillar, locale, evidence = {} }: { data: TPageData; pillar: TPillarId; locale: string; evidence?: Record<string, React.ReactNode> }) {
  return (
    <div className="stack">
      <AssessmentHeader data={data} locale={locale} current={pillar} />
      <PillarForm
        assessmentId={data.assessment.id}
        locale={locale}
        pillar={pillar}
        version={data.version}
        initial={data.initial}
        editable={data.editable.includes(pillar)}
        evidence={evidence}
      />
    </div>
  );
}

import { EvidencePanel } from "@/lib/features/evidence/evidence-panel";
import type { TEvidenceByQuestion } from "@/lib/evidence/types";
import type { TPillarId } from "@/lib/questionnaire/constants";
import { ReviewNote } from "@/lib/features/review/review-note";
import type { reviewState } from "@/lib/server/review/post-comment";
import { AssessmentHeader, type TPageData } from "./assessment-header";
import { versionForForm } from "@/lib/questionnaire/version-for-form";
import { PillarForm } from "./answer-form/pillar-form";
import { PillarFormWithNav } from "./pillar-nav";
import { DeskResearchSlot } from "./desk-research-slot";
import { DraftedSource } from "./drafted-source";

/** One pillar's form; each question that asks for evidence gets its evidence panel. */
type TReview = Awaited<ReturnType<typeof reviewState>>;

export async function PillarPage({
  data,
  pillar,
  locale,
  evidence,
  review,
}: {
  data: TPageData;
  pillar: TPillarId;
  locale: string;
  evidence: TEvidenceByQuestion;
  review: TReview;
}) {
  const editable = data.editable.includes(pillar);
  const { drafted } = data;
  // The focal point confirms drafted answers while the country validates desk research.
  const canConfirm = data.canSubmit && data.assessment.status === "country-validation" && editable;
  // One language and one pillar's text go to the browser, for the form and for each panel.
  const formVersion = versionForForm(data.version, locale, pillar);
  // Server-rendered pieces handed to the client form, one per question: review notes, then evidence.
  const panels = Object.fromEntries(
    formVersion.questions
      .filter((q) => q.pillar === pillar)
      .map((q) => [
        q.id,
        <>
          {drafted[q.id] && <DraftedSource assessmentId={data.assessment.id} questionId={q.id} source={drafted[q.id]!} canConfirm={canConfirm} />}
          {data.deskResearch && (
            <DeskResearchSlot
              assessmentId={data.assessment.id}
              q={q}
              locale={locale}
              current={{
                value: data.initial[q.id]?.value ?? null,
                revision: data.initial[q.id]?.revision ?? 0,
                source: drafted[q.id] ?? null,
              }}
            />
          )}
          <ReviewNote assessmentId={data.assessment.id} q={q} verdict={review.verdicts[q.id] ?? null} thread={review.threads[q.id] ?? []} canReply={editable} />
          {q.evidence !== "none" && (
            <EvidencePanel assessmentId={data.assessment.id} questionId={q.id} required={q.evidence} canEdit={editable} items={evidence[q.id] ?? []} />
          )}
        </>,
      ]),
  );
  return (
    <div className="stack">
      <AssessmentHeader data={data} locale={locale} current={pillar} />
      <PillarFormWithNav data={data} pillar={pillar} locale={locale}>
        <PillarForm
          assessmentId={data.assessment.id}
          userId={data.viewerId}
          locale={locale}
          pillar={pillar}
          formVersion={formVersion}
          initial={data.initial}
          editable={editable}
          evidence={panels}
          readablePillars={data.visiblePillars}
          renderedAt={new Date().toISOString()}
          deskResearch={data.deskResearch}
        />
      </PillarFormWithNav>
    </div>
  );
}

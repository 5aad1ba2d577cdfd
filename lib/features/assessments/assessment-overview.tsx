import { getTranslations } from "next-intl/server";
import { awaitsSignOff, isValidated } from "@/lib/authz/assessment-rules";
import type { TSubmissionProblem } from "@/lib/assessments/submission-check";
import { Link } from "@/lib/i18n/navigation";
import type { TReviewPageData } from "@/lib/server/review/review-page-data";
import { ScoreComparison } from "../review/score-comparison";
import { SignOffForm } from "../review/sign-off-form";
import { AssessmentHeader } from "./assessment-header";
import { CarryForwardButton } from "./carry-forward-button";
import { SubmitButton } from "./submit-button";
import { TierStabilityNote } from "./tier-stability-note";
import { WorkbookExchange } from "./workbook-exchange";
import { PublicConsentButton } from "./public-consent";
import { TransitionBar } from "../review/transition-bar";
import { ConfirmDraftedButton } from "./confirm-drafted-button";
import { deadlinePassed, type TTransition } from "@/lib/assessments/workflow";
import { PublicLinks } from "./public-links";
import { localized } from "@/lib/i18n/localized";
import type { TPublishableLink } from "@/lib/server/evidence/list-links-for-publication";
import { getFormatter } from "next-intl/server";
import { LocalizedText } from "@/lib/features/shell/localized-text";
import { formatScore } from "@/lib/i18n/format-number";
import { MaturitySection } from "../maturity/maturity-section";
import { indicatorPointsOf } from "@/lib/reports/report-data";

/** Where the assessment stands: per-pillar progress, the score preview and what blocks submission. */
export async function AssessmentOverview({
  data,
  problems,
  locale,
  publicLinks,
}: {
  data: TReviewPageData;
  problems: TSubmissionProblem[];
  locale: string;
  publicLinks: TPublishableLink[];
}) {
  const t = await getTranslations("assessment");
  const r = await getTranslations("review");
  const q = await getTranslations("questionnaire");
  const { assessment } = data;
  const { version } = data;
  // The score of record: validated once validated, self-reported (a preview) until then.
  const totals = data.record.headline;
  const basis = data.record.basis === "validated" ? "validated" : "selfReported";
  return (
    <div className="stack">
      <AssessmentHeader data={data} locale={locale} />
      <p className="small">
        <Link href={`/assessments/${assessment.id}/audit`}>{r("audit")}</Link> · <Link href={`/reports/${assessment.id}`}>{r("report")}</Link>
      </p>
      {assessment.status === "returned" && (
        <p role="status" className="alert" data-testid="returned-banner">
          {r("returnedBanner", { reason: data.returnReason ?? "—" })}
        </p>
      )}
      {awaitsSignOff(assessment.status) && (
        <>
          <ScoreComparison data={data} locale={locale} />
          <section className="card stack" aria-labelledby="sign-off">
            <h2 id="sign-off">{r("signOff.title")}</h2>
            {assessment.signOff ? (
              <p data-testid="sign-off-state">
                {r(`signOff.${assessment.signOff as "confirmed"}`)} {assessment.signOffReason && <>— {assessment.signOffReason}</>}
              </p>
            ) : data.canSubmit ? (
              <SignOffForm assessmentId={assessment.id} />
            ) : (
              <p className="muted">{r("signOff.waiting")}</p>
            )}
          </section>
        </>
      )}
      <DeskResearchCard data={data} />
      <PublicationCard data={data} links={publicLinks} locale={locale} />
      {data.previous && (
        <section className="card stack">
          <p>{t("carry.offer", { cycle: data.previous.name })}</p>
          <CarryForwardButton assessmentId={assessment.id} />
        </section>
      )}
      <section className="card stack">
        <h2>
          {t("score.title")} {!isValidated(assessment.status) && <span className="badge">{t("score.preview")}</span>}
        </h2>
        <p className="small" data-testid="score-basis" data-basis={data.record.basis}>
          {t("score.basisNote", { basis: t(`score.basis.${basis}`) })}
        </p>
        <p className="lead">
          <strong data-testid="overview-overall">{formatScore(totals.overall.display, locale)}</strong> / 100 · {t("score.tier", { tier: totals.tier.tier })}{" "}
          <LocalizedText text={totals.tier.label} locale={locale} />
        </p>
        <table>
          <thead>
            <tr>
              <th>{t("pillar")}</th>
              <th>{t("score.points")}</th>
              <th>{t("score.progress")}</th>
            </tr>
          </thead>
          <tbody>
            {version.pillars
              .filter((p) => data.visiblePillars.includes(p.id))
              .map((p) => (
                <tr key={p.id}>
                  <td>
                    <Link href={`/assessments/${assessment.id}/${p.id}`}>
                      <LocalizedText text={p.title} locale={locale} />
                    </Link>
                  </td>
                  <td data-testid={`overview-pillar-${p.id}`}>{formatScore(totals.pillars[p.id].display, locale)} / 20</td>
                  <td>{t("score.answered", totals.completion.pillars[p.id])}</td>
                </tr>
              ))}
          </tbody>
        </table>
        <TierStabilityNote stability={data.record.tierStability} />
      </section>
      <MaturitySection
        maturity={data.record.maturity.filter((m) => data.visiblePillars.includes(version.indicatorById[m.indicator]!.pillar))}
        version={version}
        locale={locale}
        points={indicatorPointsOf(totals)}
      />
      {!data.window.ok && data.window.reason !== "locked" && (
        <p className="muted" data-testid="cycle-closed">
          {t(`check.${data.window.reason === "closed" ? "closed" : "notOpen"}`)}
        </p>
      )}
      {/* What blocks submission matters only while the country can still change its answers. */}
      {data.window.ok && (
        <section className="card stack" aria-labelledby="submission-check">
          <h2 id="submission-check">{t("check.title")}</h2>
          {problems.length === 0 ? (
            <p className="alert success">{t("check.ready")}</p>
          ) : (
            <>
              <p>{t("check.count", { count: problems.length })}</p>
              <ul className="problems" data-testid="submission-problems">
                {problems.map((p) => (
                  <li key={`${p.questionId}-${p.kind}`}>
                    <Link href={`/assessments/${assessment.id}/${p.pillar}#${p.questionId}`}>
                      <LocalizedText text={version.questionById[p.questionId]?.text} locale={locale} />
                    </Link>{" "}
                    <span className="badge">{t(`check.${p.kind}`)}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {data.canSubmit && <SubmitButton assessmentId={assessment.id} disabled={problems.length > 0} />}
        </section>
      )}
      <WorkbookExchange assessmentId={assessment.id} locale={locale} canImport={data.editable.length > 0} />
      <section className="card stack" aria-labelledby="about-questionnaire" data-testid="about-questionnaire">
        <h2 id="about-questionnaire">{q("disclaimer")}</h2>
        <p className="small">
          <LocalizedText text={version.disclaimer} locale={locale} />
        </p>
        {version.terminology && (
          <details>
            <summary>{q("aboutTerms")}</summary>
            <p className="small">
              <LocalizedText text={version.terminology} locale={locale} />
            </p>
          </details>
        )}
      </section>
    </div>
  );
}

/** Whether the result may appear on the public pages once validated and the cycle published: the focal point decides. */
async function PublicationCard({ data, links, locale }: { data: TReviewPageData; links: TPublishableLink[]; locale: string }) {
  const t = await getTranslations("assessment.publication");
  const format = await getFormatter();
  const { assessment } = data;
  const consentedAt = assessment.publicConsentAt;
  const cycleState = assessment.cycle.publishedAt ? t("cyclePublished") : t("cycleUnpublished");
  return (
    <section className="card stack" aria-labelledby="publication" data-publication={consentedAt ? "agreed" : "not-agreed"}>
      <h2 id="publication">{t("title")}</h2>
      <p>{consentedAt ? t("agreedOn", { date: format.dateTime(consentedAt, { dateStyle: "medium" }) }) : t("notAgreed")}</p>
      <p className="small muted">
        {t("explain")} {cycleState}
      </p>
      {data.canSubmit && <PublicConsentButton assessmentId={assessment.id} consented={consentedAt !== null} />}
      {links.length > 0 && (
        <PublicLinks
          links={links.map((l) => ({
            id: l.id,
            label: l.title || l.url,
            question: localized(data.version.questionById[l.questionId]?.text, locale),
            isPublic: l.isPublic,
          }))}
        />
      )}
    </section>
  );
}

/** The desk-research steps shown on the assessment page (the review steps live on the review screen). */
const DESK_STEPS: readonly TTransition[] = ["decline", "resume", "start-desk-research", "send-for-validation", "confirm-validation", "validate-unconfirmed"];

/** Where desk research stands: who drafted, how many answers await the country, the deadline, and the next step. */
async function DeskResearchCard({ data }: { data: TReviewPageData }) {
  const t = await getTranslations("assessment.deskResearch");
  const format = await getFormatter();
  const { assessment } = data;
  const steps = data.transitions.filter((x) => DESK_STEPS.includes(x));
  const drafted = Object.keys(data.drafted);
  if (assessment.origin !== "desk-research" && steps.length === 0) return null;
  const deadline = assessment.cycle.validationDeadline;
  const open = drafted.filter((id) => !data.drafted[id]!.confirmedAt);
  const cardText = () => {
    if (assessment.origin === "desk-research") {
      return t(assessment.status === "validated-unconfirmed" ? "cardUnconfirmed" : "cardDrafted", { count: drafted.length, open: open.length });
    }
    if (assessment.status === "declined") return data.canSubmit ? t("cardDeclinedOwn") : t("cardDeclined");
    return data.canSubmit ? t("cardDeclineOffer") : t("cardOffer");
  };
  return (
    <section className="card stack" aria-labelledby="desk-research" data-desk-card={assessment.status}>
      <h2 id="desk-research">{t("cardTitle")}</h2>
      <p>{cardText()}</p>
      {assessment.status === "declined" && data.declineReason && (
        <p className="small" data-decline-reason>
          {t("declineReason", { reason: data.declineReason })}
        </p>
      )}
      <p className="small muted" data-validation-deadline={deadline?.toISOString() ?? ""}>
        {deadline
          ? t(deadlinePassed(deadline, new Date()) ? "deadlinePassed" : "deadline", { date: format.dateTime(deadline, { dateStyle: "long", timeZone: "UTC" }) })
          : t("noDeadline")}
      </p>
      {data.canSubmit && assessment.status === "country-validation" && open.length > 0 && (
        <p>
          <ConfirmDraftedButton assessmentId={assessment.id} questionIds={open} label={t("confirmAll", { count: open.length })} all />
        </p>
      )}
      <TransitionBar assessmentId={assessment.id} transitions={steps} />
    </section>
  );
}

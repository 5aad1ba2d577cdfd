"use client";
import { useLocale, useTranslations } from "next-intl";
import type { TNormalizedQuestion, TNormalizedQuestionnaire, TAnswerValue } from "@/lib/questionnaire/model";
import { formatAnswer } from "./format-answer";
import type { TConflict } from "./use-autosave";

/** Both values side by side and an explicit choice: nothing is overwritten silently. */
export function ConflictNotice({
  q,
  conflict,
  mine,
  onResolve,
}: {
  q: TNormalizedQuestion;
  version: TNormalizedQuestionnaire;
  locale: string;
  conflict: TConflict;
  mine: unknown;
  onResolve: (choice: "mine" | "theirs") => void;
}) {
  const t = useTranslations("assessment.conflict");
  const a = useTranslations("answers");
  const locale = useLocale();
  const label = (k: string) => a(k as "yes");
  return (
    <div role="alert" className="alert error conflict" data-testid={`conflict-${q.id}`}>
      <p>{t("explain", { name: conflict.by ?? "?" })}</p>
      <dl>
        <dt>{t("theirs")}</dt>
        <dd data-testid="theirs">{formatAnswer(q, conflict.theirs, locale, label)}</dd>
        <dt>{t("mine")}</dt>
        <dd data-testid="mine">{formatAnswer(q, mine as TAnswerValue, locale, label)}</dd>
      </dl>
      <button type="button" onClick={() => onResolve("mine")}>
        {t("keepMine")}
      </button>{" "}
      <button type="button" onClick={() => onResolve("theirs")}>
        {t("useTheirs")}
      </button>
    </div>
  );
}

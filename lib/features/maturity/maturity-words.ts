import "server-only";
import { getTranslations } from "next-intl/server";
import { stageWords, type TStageWords } from "@/lib/maturity/stage-text";

/** The words a stage requirement is said with, in the request's language. */
export async function maturityWords(): Promise<{ words: TStageWords; stage: (s: string) => string }> {
  const t = await getTranslations("maturity");
  const ta = await getTranslations("answers");
  return {
    words: stageWords(
      (key, values) => t(key as never, values as never),
      (key) => ta(key as never),
    ),
    stage: (s) => t(`stages.${s}` as never),
  };
}

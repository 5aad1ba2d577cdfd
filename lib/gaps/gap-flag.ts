// The shape of a gap flag, in its own module so that score types can name it without importing
// the evaluator (which imports scoring).
import type { TGapRule, TLocalizedText } from "@/lib/questionnaire/format-schema";

export type TGapFlag = Readonly<{
  id: string;
  severity: TGapRule["severity"];
  message: TLocalizedText;
  action: TLocalizedText;
  reference: string;
  /** Questions behind the flag, in file order. */
  triggeredBy: readonly string[];
}>;

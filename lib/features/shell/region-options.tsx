import { getTranslations } from "next-intl/server";
import { ITU_REGIONS } from "@/lib/countries/countries";

/** The options of a region filter: "any region" first (its label says what the filter means there), then the six ITU-D regions. */
export async function RegionOptions({ anyLabel }: { anyLabel: string }) {
  const regions = await getTranslations("regions");
  return (
    <>
      <option value="">{anyLabel}</option>
      {ITU_REGIONS.map((r) => (
        <option key={r} value={r}>
          {regions(r)}
        </option>
      ))}
    </>
  );
}

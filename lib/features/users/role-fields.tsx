"use client";
import { useTranslations } from "next-intl";
import type { UseFormRegister, FieldValues, Path } from "react-hook-form";
import { ROLES } from "@/lib/authz/policy";
import { PILLAR_IDS } from "@/lib/questionnaire/constants";
import type { TCountryOption } from "./users-admin";

/** Role, country and pillars: the fields every grant needs, shared by "create" and "grant". */
export function RoleFields<T extends FieldValues>({
  register,
  role,
  countries,
  idPrefix,
}: {
  register: UseFormRegister<T>;
  role: string | undefined;
  countries: TCountryOption[];
  idPrefix: string;
}) {
  const t = useTranslations("admin.users");
  const roles = useTranslations("roles");
  const pillars = useTranslations("pillars");
  const needsCountry = role === "focal-point" || role === "contributor";
  return (
    <>
      <label className="field">
        <span>{t("role")}</span>
        <select {...register("role" as Path<T>)} id={`${idPrefix}-role`}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {roles(r)}
            </option>
          ))}
        </select>
      </label>
      {needsCountry && (
        <label className="field">
          <span>{t("country")}</span>
          <select {...register("countryIso3" as Path<T>)} id={`${idPrefix}-country`}>
            <option value="">{t("chooseCountry")}</option>
            {countries.map((c) => (
              <option key={c.iso3} value={c.iso3}>
                {c.name} ({c.iso3})
              </option>
            ))}
          </select>
        </label>
      )}
      {role === "contributor" && (
        <fieldset className="field">
          <legend>{t("pillars")}</legend>
          {PILLAR_IDS.map((p) => (
            <label key={p} className="checkbox">
              <input type="checkbox" value={p} {...register("pillars" as Path<T>)} /> {pillars(p)}
            </label>
          ))}
        </fieldset>
      )}
    </>
  );
}

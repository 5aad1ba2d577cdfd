"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { z } from "zod";
import { ITU_REGIONS } from "@/lib/countries/countries";
import { applyFieldErrors } from "../shell/apply-field-errors";
import { FieldError } from "../shell/field-error";
import { openCycleAction } from "./actions";
import { ZOpenCycle, ZOpenCycleFields } from "../../assessments/cycle-schemas";

// The form edits countries as one text field; the shared schema takes a list.
const ZForm = ZOpenCycleFields.omit({ countries: true, region: true }).extend({ countriesText: z.string().optional(), region: z.string().optional() });
type TForm = z.input<typeof ZForm>;

export function OpenCycleForm({ versions }: { versions: string[] }) {
  const t = useTranslations("cycles");
  const regions = useTranslations("regions");
  const [done, setDone] = useState<number | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError, control } = useForm<TForm>({
    resolver: zodResolver(ZForm),
    defaultValues: { scope: "all", questionnaireKey: versions.at(-1), name: "", opensOn: "", closesOn: "" },
  });
  const scope = useWatch({ control, name: "scope" });
  const onSubmit = handleSubmit(async ({ countriesText, ...values }) => {
    setFormError(null);
    const countries = (countriesText ?? "").split(/[\s,;]+/).filter(Boolean);
    const parsed = ZOpenCycle.safeParse({ ...values, region: values.region || undefined, countries });
    if (!parsed.success) {
      applyFieldErrors(
        setError,
        Object.fromEntries(parsed.error.issues.map((i) => [i.path[0] === "countries" ? "countriesText" : String(i.path[0]), i.message])),
      );
      return;
    }
    const res = await openCycleAction(parsed.data);
    if (!res.ok) {
      setFormError(res.error.message);
      applyFieldErrors(setError, res.error.fields);
    } else setDone(res.data.assessments);
  });
  const e = formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="grid-form" aria-label={t("open")}>
      <div aria-live="polite" className="full">
        {formError && (
          <p role="alert" className="alert error">
            {formError}
          </p>
        )}
        {done !== null && (
          <p role="status" className="alert success">
            {t("opened", { count: done })}
          </p>
        )}
      </div>
      <label className="field">
        <span>{t("name")}</span>
        <input {...register("name")} aria-invalid={Boolean(e.name)} />
        <FieldError message={e.name?.message} />
      </label>
      <label className="field">
        <span>{t("questionnaire")}</span>
        <select {...register("questionnaireKey")}>
          {versions.map((v) => (
            <option key={v}>{v}</option>
          ))}
        </select>
        <FieldError message={e.questionnaireKey?.message} />
      </label>
      <label className="field">
        <span>{t("opensOn")}</span>
        <input type="date" {...register("opensOn")} aria-invalid={Boolean(e.opensOn)} />
        <FieldError message={e.opensOn?.message} />
      </label>
      <label className="field">
        <span>{t("closesOn")}</span>
        <input type="date" {...register("closesOn")} aria-invalid={Boolean(e.closesOn)} />
        <FieldError message={e.closesOn?.message} />
      </label>
      <label className="field">
        <span>{t("scope")}</span>
        <select {...register("scope")}>
          <option value="all">{t("scopeAll")}</option>
          <option value="region">{t("scopeRegion")}</option>
          <option value="list">{t("scopeList")}</option>
        </select>
      </label>
      {scope === "region" && (
        <label className="field">
          <span>{t("region")}</span>
          <select {...register("region")}>
            <option value="" />
            {ITU_REGIONS.map((r) => (
              <option key={r} value={r}>
                {regions(r)}
              </option>
            ))}
          </select>
          <FieldError message={e.region?.message} />
        </label>
      )}
      {scope === "list" && (
        <label className="field">
          <span>{t("countries")}</span>
          <input {...register("countriesText")} placeholder="KEN, FRA, BRA" aria-invalid={Boolean(e.countriesText)} />
          <FieldError message={e.countriesText?.message} />
        </label>
      )}
      <div className="full">
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {t("open")}
        </button>
      </div>
    </form>
  );
}

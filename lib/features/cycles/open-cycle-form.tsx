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
import { TextField } from "../shell/text-field";
import { ActionError } from "../shell/action-error";

// The form edits countries as one text field; the shared schema takes a list.
const ZForm = ZOpenCycleFields.omit({ countries: true, region: true }).extend({ countriesText: z.string().optional(), region: z.string().optional() });
type TForm = z.input<typeof ZForm>;

export function OpenCycleForm({ versions }: { versions: string[] }) {
  const t = useTranslations("cycles");
  const regions = useTranslations("regions");
  const [done, setDone] = useState<number | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<TForm>({
    resolver: zodResolver(ZForm),
    defaultValues: { scope: "all", questionnaireKey: versions.at(-1), name: "", opensOn: "", closesOn: "" },
  });
  const { register, handleSubmit, formState, setError, control } = form;
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
        <ActionError error={formError} />
        {done !== null && (
          <p role="status" className="alert success">
            {t("opened", { count: done })}
          </p>
        )}
      </div>
      <TextField form={form} name="name" label={t("name")} />
      <label className="field">
        <span>{t("questionnaire")}</span>
        <select {...register("questionnaireKey")}>
          {versions.map((v) => (
            <option key={v}>{v}</option>
          ))}
        </select>
        <FieldError message={e.questionnaireKey?.message} />
      </label>
      <TextField form={form} name="opensOn" label={t("opensOn")} type="date" />
      <TextField form={form} name="closesOn" label={t("closesOn")} type="date" />
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
      {scope === "list" && <TextField form={form} name="countriesText" label={t("countries")} placeholder="KEN, FRA, BRA" />}
      <div className="full">
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {t("open")}
        </button>
      </div>
    </form>
  );
}

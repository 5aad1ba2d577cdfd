"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { PILLAR_IDS } from "@/lib/questionnaire/constants";
import { applyFieldErrors } from "../shell/apply-field-errors";
import { FieldError } from "../shell/field-error";
import { inviteContributorAction } from "./actions";
import { ZInviteContributor } from "../../authz/team-schemas";
import { TextField } from "../shell/text-field";
import { ActionError } from "../shell/action-error";

export function InviteForm() {
  const t = useTranslations("team");
  const pillarT = useTranslations("pillars");
  const [created, setCreated] = useState<{ email: string; password?: string } | null>(null);
  const [error, setErrorText] = useState<string | null>(null);
  const form = useForm<z.input<typeof ZInviteContributor>, unknown, z.output<typeof ZInviteContributor>>({
    resolver: zodResolver(ZInviteContributor),
    defaultValues: { email: "", name: "", pillars: [] },
  });
  const { register, handleSubmit, formState, reset, setError } = form;
  const onSubmit = handleSubmit(async (values) => {
    const res = await inviteContributorAction(values);
    if (!res.ok) {
      setErrorText(res.error.message);
      return applyFieldErrors(setError, res.error.fields);
    }
    setErrorText(null);
    setCreated({ email: res.data.email, password: res.data.oneTimePassword });
    reset();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid-form" aria-label={t("invite")}>
      <div aria-live="polite" className="full">
        <ActionError error={error} />
        {created && (
          <p role="status" className="alert success">
            {t("invited", { email: created.email })} <code data-testid="one-time-password">{created.password}</code>
          </p>
        )}
      </div>
      <TextField form={form} name="email" label={t("email")} type="email" />
      <TextField form={form} name="name" label={t("name")} />
      <fieldset className="field full">
        <legend>{t("pillars")}</legend>
        {PILLAR_IDS.map((p) => (
          <label key={p} className="checkbox">
            <input type="checkbox" value={p} {...register("pillars")} /> {pillarT(p)}
          </label>
        ))}
        <FieldError message={formState.errors.pillars?.message} />
      </fieldset>
      <div className="full">
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {t("inviteSubmit")}
        </button>
      </div>
    </form>
  );
}

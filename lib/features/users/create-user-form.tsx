"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { applyFieldErrors } from "../shell/apply-field-errors";
import { createUserAction } from "./actions";
import { RoleFields } from "./role-fields";
import { ZCreateUser } from "../../authz/user-schemas";
import type { TCountryOption } from "./users-admin";
import { TextField } from "../shell/text-field";
import { ActionError } from "../shell/action-error";

type TInput = z.input<typeof ZCreateUser>;
type TOutput = z.output<typeof ZCreateUser>;

export function CreateUserForm({ countries }: { countries: TCountryOption[] }) {
  const t = useTranslations("admin.users");
  const [result, setResult] = useState<{ email: string; password?: string } | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<TInput, unknown, TOutput>({
    resolver: zodResolver(ZCreateUser),
    defaultValues: { role: "focal-point", pillars: [], email: "", name: "" },
  });
  const { register, handleSubmit, formState, reset, setError, control } = form;
  const role = useWatch({ control, name: "role" });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const res = await createUserAction({ ...values, countryIso3: values.countryIso3 || undefined, password: undefined });
    if (!res.ok) {
      setFormError(res.error.message);
      applyFieldErrors(setError, res.error.fields);
      return;
    }
    setResult({ email: res.data.email, password: res.data.oneTimePassword });
    reset();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid-form" aria-label={t("create")}>
      <div aria-live="polite" className="full">
        <ActionError error={formError} />
        {result && (
          <div role="status" className="alert success">
            <p>{t("created", { email: result.email })}</p>
            {result.password && (
              <p>
                {t("oneTimePassword", { password: "" })}
                <code data-testid="one-time-password">{result.password}</code>
              </p>
            )}
          </div>
        )}
      </div>
      <TextField form={form} name="email" label={t("email")} type="email" />
      <TextField form={form} name="name" label={t("name")} />
      <RoleFields register={register} role={role} countries={countries} idPrefix="create" />
      <div className="full">
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {t("createSubmit")}
        </button>
      </div>
    </form>
  );
}

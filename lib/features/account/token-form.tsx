"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { createTokenAction, revokeTokenAction } from "../users/actions";
import { ZCreateToken } from "../../authz/user-schemas";
import { TextField } from "../shell/text-field";
import { ActionError } from "../shell/action-error";
import { useAction } from "../shell/use-action";

export function TokenForm() {
  const t = useTranslations("account.tokens");
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setErrorText] = useState<string | null>(null);
  const form = useForm<z.input<typeof ZCreateToken>, unknown, z.output<typeof ZCreateToken>>({
    resolver: zodResolver(ZCreateToken),
  });
  const { handleSubmit, formState, reset } = form;
  const onSubmit = handleSubmit(async (values) => {
    const res = await createTokenAction(values);
    if (!res.ok) return setErrorText(res.error.message);
    setErrorText(null);
    setSecret(res.data.secret);
    reset();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid-form">
      <div aria-live="polite" className="full">
        <ActionError error={error} />
        {secret && (
          <p role="status" className="alert success">
            {t("created")} <code data-testid="token-secret">{secret}</code>
          </p>
        )}
      </div>
      <TextField form={form} name="name" label={t("name")} />
      <TextField
        form={form}
        name="expiresInDays"
        label={t("expires")}
        type="number"
        min={1}
        max={366}
        options={{ setValueAs: (v) => (v === "" ? undefined : v) }}
      />
      <div className="full">
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {t("create")}
        </button>
      </div>
    </form>
  );
}

export function RevokeTokenButton({ tokenId }: { tokenId: string }) {
  const t = useTranslations("account.tokens");
  const { run, pending, error } = useAction();
  return (
    <>
      <button type="button" className="link-button" disabled={pending} onClick={() => run(() => revokeTokenAction({ tokenId }))}>
        {t("revoke")}
      </button>
      <ActionError error={error} />
    </>
  );
}

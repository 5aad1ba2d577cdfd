"use client";
import { useTranslations } from "next-intl";
import { FieldError } from "../shell/field-error";
import { passwordMessageKey } from "../../authz/password-schema";

/** A password field's error in the reader's language: our rule messages have catalogue entries. */
export function PasswordFieldError({ message }: { message?: string }) {
  const t = useTranslations("passwordRules");
  const key = passwordMessageKey(message);
  return <FieldError message={key ? t(key) : message} />;
}

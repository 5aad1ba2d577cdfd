"use client";
import { useId, type InputHTMLAttributes, type ReactNode } from "react";
import { get, type FieldValues, type Path, type RegisterOptions, type UseFormReturn } from "react-hook-form";
import { FieldError } from "./field-error";

type TProps<T extends FieldValues> = Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "form"> & {
  /** The form's register and state (the whole useForm result, or just these two). */
  form: Pick<UseFormReturn<T>, "register" | "formState">;
  name: Path<T>;
  label: ReactNode;
  options?: RegisterOptions<T, Path<T>>;
};

/**
 * The one way to write a labelled text input of a react-hook-form form: the label wraps the input,
 * the zod schema's message shows under it and is announced, and the input is marked invalid and
 * described by that message while it stands.
 */
export function TextField<T extends FieldValues>({ form, name, label, options, ...input }: TProps<T>) {
  const id = useId();
  const message = (get(form.formState.errors, name) as { message?: string } | undefined)?.message;
  return (
    <label className="field">
      <span>{label}</span>
      <input {...input} {...form.register(name, options)} aria-invalid={message ? true : undefined} aria-describedby={message ? `${id}-error` : undefined} />
      <FieldError id={`${id}-error`} message={message} />
    </label>
  );
}

"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useRouter } from "@/lib/i18n/navigation";
import { carryForwardAction } from "./actions";

export function CarryForwardButton({ assessmentId }: { assessmentId: string }) {
  const t = useTranslations("assessment.carry");
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <div aria-live="polite">
      {message && (
        <p role="alert" className="alert error">
          {message}
        </p>
      )}
      <button
        type="button"
        className="primary"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const res = await carryForwardAction({ assessmentId });
            if (!res.ok) return setMessage(res.error.message);
            router.refresh();
          })
        }
      >
        {t("button")}
      </button>
    </div>
  );
}

"use client";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { EVIDENCE_FILE_ACCEPT, MAX_EVIDENCE_FILE_BYTES } from "../../evidence/limits";
import type { TEvidenceFile } from "../../evidence/types";

type TUploadState = { phase: "idle" } | { phase: "uploading"; name: string } | { phase: "done"; name: string } | { phase: "failed"; text: string };

const MAX_MB = MAX_EVIDENCE_FILE_BYTES / 1024 / 1024;

/**
 * A file picker that uploads on selection. It posts to the API route with fetch rather than calling
 * a server action, whose request body limit (1 MB by default) is far below the 20 MB we accept.
 */
export function UploadEvidenceInput({
  assessmentId,
  questionId,
  onUploaded,
}: {
  assessmentId: string;
  questionId: string;
  onUploaded: (item: TEvidenceFile) => void;
}) {
  const t = useTranslations("evidence.upload");
  const inputId = useId();
  const hintId = useId();
  const [state, setState] = useState<TUploadState>({ phase: "idle" });

  const upload = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    // Cleared at once so choosing the same file again (after a failure) fires onChange again.
    input.value = "";
    if (file.size > MAX_EVIDENCE_FILE_BYTES) return setState({ phase: "failed", text: t("tooLarge", { name: file.name, max: MAX_MB }) });
    setState({ phase: "uploading", name: file.name });
    const body = new FormData();
    body.set("questionId", questionId);
    body.set("file", file);
    try {
      const res = await fetch(`/api/v1/assessments/${encodeURIComponent(assessmentId)}/evidence`, { method: "POST", body });
      const json = (await res.json().catch(() => null)) as { evidence?: TEvidenceFile; error?: { message?: string } } | null;
      if (!res.ok || !json?.evidence) {
        return setState({ phase: "failed", text: t("failed", { name: file.name, message: json?.error?.message ?? res.statusText }) });
      }
      setState({ phase: "done", name: json.evidence.fileName });
      onUploaded(json.evidence);
    } catch {
      setState({ phase: "failed", text: t("network", { name: file.name }) });
    }
  };

  return (
    <div className="field">
      <label htmlFor={inputId}>{t("label")}</label>
      <input id={inputId} type="file" accept={EVIDENCE_FILE_ACCEPT} aria-describedby={hintId} onChange={(e) => void upload(e.currentTarget)} />
      <span id={hintId} className="muted small">
        {t("hint", { max: MAX_MB })}
      </span>
      <div aria-live="polite">
        {state.phase === "uploading" && (
          <p role="status" className="alert small" aria-busy="true">
            {t("uploading", { name: state.name })}
          </p>
        )}
        {state.phase === "done" && (
          <p role="status" className="alert small success">
            {t("uploaded", { name: state.name })}
          </p>
        )}
        {state.phase === "failed" && (
          <p role="alert" className="alert small error">
            {state.text}
          </p>
        )}
      </div>
    </div>
  );
}

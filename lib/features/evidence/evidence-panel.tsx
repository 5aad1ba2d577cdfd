"use client";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { AddLinkOnDemand } from "./add-link-on-demand";
import { EvidenceListItem } from "./evidence-list-item";
import { evidenceSatisfies, type TEvidenceItem, type TEvidenceRequirement } from "../../evidence/types";
import { UploadEvidenceInput } from "./upload-evidence-input";

export type TEvidencePanelProps = {
  assessmentId: string;
  questionId: string;
  /** What the question asks for; the panel says whether it is met. */
  required: TEvidenceRequirement;
  /** Whether the actor may add and remove here now (pillar and edit window); the server checks again. */
  canEdit: boolean;
  items: TEvidenceItem[];
  /** Called with the new list after each add or remove, e.g. to update a completeness summary. */
  onChange?: (items: TEvidenceItem[]) => void;
};

/**
 * The evidence of one answer: links open in a new tab, documents download through the API. It
 * renders no <form> of its own because it sits inside the answer form (forms cannot nest).
 */
export function EvidencePanel({ assessmentId, questionId, required, canEdit, items: initial, onChange }: TEvidencePanelProps) {
  const t = useTranslations("evidence");
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [items, setItems] = useState(initial);
  const [seen, setSeen] = useState(initial);
  const [announcement, setAnnouncement] = useState<{ text: string; error: boolean } | null>(null);
  // Fresh items from the server (a refresh or navigation) replace what this panel kept locally.
  if (initial !== seen) {
    setSeen(initial);
    setItems(initial);
  }

  const update = (next: TEvidenceItem[]) => {
    setItems(next);
    onChange?.(next);
  };
  const removed = (item: TEvidenceItem, name: string) => {
    update(items.filter((i) => i.id !== item.id));
    setAnnouncement({ text: t("removed", { name }), error: false });
    // The pressed button is gone: keep keyboard focus inside the panel.
    headingRef.current?.focus();
  };

  return (
    <section className="evidence-panel stack" aria-labelledby={headingId} data-testid={`evidence-${questionId}`}>
      <h4 id={headingId} ref={headingRef} tabIndex={-1}>
        {t("title")}
      </h4>
      {required !== "none" && (
        <p className="small" data-testid="evidence-requirement">
          {evidenceSatisfies(required, items) ? t("provided") : t(`missing.${required}`)}
        </p>
      )}
      {items.length === 0 ? (
        <p className="muted small">{t("empty")}</p>
      ) : (
        <ul className="evidence-list">
          {items.map((item) => (
            <EvidenceListItem
              key={item.id}
              item={item}
              canRemove={canEdit}
              onRemoved={(name) => removed(item, name)}
              onFailed={(text) => setAnnouncement({ text, error: true })}
            />
          ))}
        </ul>
      )}
      <div aria-live="polite">
        {announcement && (
          <p role={announcement.error ? "alert" : "status"} className={`alert small ${announcement.error ? "error" : "success"}`}>
            {announcement.text}
          </p>
        )}
      </div>
      {canEdit && (
        <>
          <AddLinkOnDemand assessmentId={assessmentId} questionId={questionId} onAdded={(item) => update([...items, item])} />
          <UploadEvidenceInput assessmentId={assessmentId} questionId={questionId} onUploaded={(item) => update([...items, item])} />
        </>
      )}
    </section>
  );
}

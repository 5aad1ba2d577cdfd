"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useTransition } from "react";
import { removeEvidenceAction } from "./actions";
import type { TEvidenceItem } from "../../evidence/types";

// Only web links become clickable, even if an older row held something else.
const isWebUrl = (url: string) => /^https?:\/\//i.test(url);

/** One link or document, with its remove button when the person may change the evidence. */
export function EvidenceListItem({
  item,
  canRemove,
  onRemoved,
  onFailed,
}: {
  item: TEvidenceItem;
  canRemove: boolean;
  onRemoved: (name: string) => void;
  onFailed: (message: string) => void;
}) {
  const t = useTranslations("evidence");
  const format = useFormatter();
  const [pending, start] = useTransition();
  const name = item.kind === "link" ? (item.title ?? item.url) : item.fileName;

  const size = (bytes: number) =>
    bytes < 1024 * 1024
      ? t("sizeKb", { size: format.number(Math.max(1, Math.ceil(bytes / 1024))) })
      : t("sizeMb", { size: format.number(bytes / 1024 / 1024, { maximumFractionDigits: 1 }) });

  const remove = () =>
    start(async () => {
      const res = await removeEvidenceAction({ evidenceId: item.id });
      if (res.ok) onRemoved(name);
      else onFailed(t("removeFailed", { name, message: res.error.message }));
    });

  return (
    <li className="evidence-item">
      <span className="badge">{t(item.kind === "link" ? "kindLink" : "kindFile")}</span>{" "}
      {item.kind === "link" ? (
        isWebUrl(item.url) ? (
          <a href={item.url} target="_blank" rel="noopener noreferrer" style={{ overflowWrap: "anywhere" }}>
            {name}
            <span className="visually-hidden"> {t("opensInNewTab")}</span>
          </a>
        ) : (
          <span style={{ overflowWrap: "anywhere" }}>{name}</span>
        )
      ) : (
        <>
          <a href={`/api/v1/evidence/${encodeURIComponent(item.id)}`} download={item.fileName} style={{ overflowWrap: "anywhere" }}>
            {name}
          </a>{" "}
          <span className="muted small">({size(item.size)})</span>
        </>
      )}
      {item.createdByName && <span className="muted small"> · {t("addedBy", { name: item.createdByName })}</span>}
      {canRemove && (
        <>
          {" "}
          <button type="button" className="link-button" onClick={remove} disabled={pending} aria-label={t("removeNamed", { name })}>
            {pending ? t("removing") : t("remove")}
          </button>
        </>
      )}
    </li>
  );
}

import { useTranslation } from "react-i18next";
import { useCitationOpener, useMessagePassages } from "./citation-context.tsx";
import type { CitedPassage } from "./citations.ts";
import "./citations.css";

/** "Source 1: manual.pdf, page 6" — what a citation is called for people and screen readers. */
export function useCitationLabel() {
  const { t } = useTranslation();
  return (passage: CitedPassage) =>
    passage.page === null
      ? t("knowledge.citation.label", { n: passage.n, document: passage.document })
      : t("knowledge.citation.labelWithPage", {
          n: passage.n,
          document: passage.document,
          page: passage.page,
        });
}

/**
 * A citation marker as a small button: it names the source and page, and opens the document there (the quoted span
 * highlighted). Where nothing can open it (a read-only comparison), it is a plain marker with the same name.
 */
export function CitationChip({ n }: { n: number }) {
  const passages = useMessagePassages();
  const open = useCitationOpener();
  const label = useCitationLabel();
  const passage = passages.find((entry) => entry.n === n);
  if (!passage) return <>[{n}]</>;
  if (!open) {
    return (
      <span className="citation-chip" title={label(passage)}>
        {n}
      </span>
    );
  }
  return (
    <button
      type="button"
      className="citation-chip"
      aria-label={label(passage)}
      title={label(passage)}
      data-citation={n}
      onClick={() => open(passage)}
    >
      {n}
    </button>
  );
}

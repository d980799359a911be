import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useCitationLabel } from "./citation-chip.tsx";
import { useCitationOpener } from "./citation-context.tsx";
import type { CitedPassage } from "./citations.ts";
import "./citations.css";

/** Under an answer that searched the documents: each source with its document, page and the quoted span. */
export function SourcesList({ passages }: { passages: readonly CitedPassage[] }) {
  const { t } = useTranslation();
  const open = useCitationOpener();
  const label = useCitationLabel();
  const headingId = useId();
  if (passages.length === 0) return null;
  return (
    <section className="sources" aria-labelledby={headingId}>
      <h4 id={headingId} className="sources__heading">
        {t("knowledge.citation.sources")}
      </h4>
      <ol className="sources__list">
        {passages.map((passage) => (
          <li key={passage.n} className="sources__item" value={passage.n}>
            {open ? (
              <button type="button" className="sources__open" onClick={() => open(passage)}>
                {label(passage)}
              </button>
            ) : (
              <span className="sources__open">{label(passage)}</span>
            )}
            <blockquote className="sources__quote">{passage.quote}</blockquote>
          </li>
        ))}
      </ol>
    </section>
  );
}

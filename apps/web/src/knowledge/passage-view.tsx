import { useTranslation } from "react-i18next";
import type { CitedPassage } from "./citations.ts";

/** A cited passage of a document that is not a PDF: its heading, page and text with the quoted span marked. */
export function PassageView({ passage }: { passage: CitedPassage }) {
  const { t } = useTranslation();
  const at = passage.text.indexOf(passage.quote);
  return (
    <article className="citation-passage" aria-label={t("knowledge.citation.passage", { n: passage.n })}>
      {passage.heading && <h3>{passage.heading}</h3>}
      <p className="citation-passage__text">
        {at < 0 ? (
          <mark>{passage.text}</mark>
        ) : (
          <>
            {passage.text.slice(0, at)}
            <mark>{passage.quote}</mark>
            {passage.text.slice(at + passage.quote.length)}
          </>
        )}
      </p>
    </article>
  );
}

import { Children, isValidElement, memo, type ReactElement, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import ReactMarkdown, { type Components } from "react-markdown";
import { HighlightedLines } from "../artifacts/renderers/code/highlighted-lines.tsx";
import { CitationChip } from "../knowledge/citation-chip.tsx";
import { citationNumber } from "../knowledge/citations.ts";
import { CopyButton } from "./copy-button.tsx";
import { useHighlightedCode } from "./use-highlighted-code.ts";
import "./markdown.css";

/** The text inside a rendered node (a code block's source, for copying). */
function textOf(node: ReactNode): string {
  return Children.toArray(node)
    .map((child) => {
      if (typeof child === "string" || typeof child === "number") return String(child);
      if (isValidElement(child))
        return textOf((child as ReactElement<{ children?: ReactNode }>).props.children);
      return "";
    })
    .join("");
}

function CodeBlock({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const code = Children.toArray(children).find(isValidElement) as
    | ReactElement<{ className?: string }>
    | undefined;
  const language = /language-([\w+-]+)/.exec(code?.props.className ?? "")?.[1];
  const source = textOf(children).replace(/\n$/, "");
  const highlighted = useHighlightedCode(source, language);
  return (
    <div className="code-block">
      <div className="code-block__bar">
        <span className="code-block__language">{language ?? t("markdown.code")}</span>
        <CopyButton text={source} label={t("markdown.copyCode")} />
      </div>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1). */}
      <pre tabIndex={0}>{highlighted ? <HighlightedLines lines={highlighted} /> : children}</pre>
    </div>
  );
}

const components: Components = {
  pre: ({ children }) => <CodeBlock>{children}</CodeBlock>,
  a: ({ href, children }) => {
    // An answer's [n] marker that names a searched passage (see linkCitations) is a citation chip, not a link.
    const citation = citationNumber(href);
    if (citation !== null) return <CitationChip n={citation} />;
    return (
      <a href={href} target="_blank" rel="noopener noreferrer">
        {children}
      </a>
    );
  },
  // Model output never becomes an image request to a third party.
  img: ({ alt }) => <span className="markdown__image-alt">{alt}</span>,
};

/**
 * Markdown from a model or an artifact, rendered safely: raw HTML is dropped (never parsed into the page), links open
 * in a new tab without access to Penny, images are not loaded, and react-markdown's URL filter removes
 * `javascript:` and similar links.
 */
export const Markdown = memo(function Markdown({ text }: { text: string }) {
  return (
    <div className="markdown">
      <ReactMarkdown skipHtml components={components}>
        {text}
      </ReactMarkdown>
    </div>
  );
});

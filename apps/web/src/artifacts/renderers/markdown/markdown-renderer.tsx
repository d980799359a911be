import { Markdown } from "../../../markdown/markdown.tsx";
import type { ArtifactRendererProps } from "../../artifact-renderer.ts";
import { ContentState } from "../../content-state.tsx";
import { useArtifactText } from "../../use-artifact-text.ts";

/** A markdown artifact as a document. */
export default function MarkdownRenderer({ artifact }: ArtifactRendererProps) {
  const content = useArtifactText(artifact);
  if (content.status !== "ready") return <ContentState state={content} />;
  return (
    <div className="artifact-document">
      <Markdown text={content.text} />
    </div>
  );
}

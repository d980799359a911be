import type { ArtifactRendererProps } from "../../artifact-renderer.ts";
import { ContentState } from "../../content-state.tsx";
import { useArtifactText } from "../../use-artifact-text.ts";
import { CodeView } from "./code-view.tsx";
import { languageOfMime } from "./highlight-code.ts";

/** A code artifact: its language from the mime type (`text/x-python`), else detected from the text. */
export default function CodeRenderer({ artifact }: ArtifactRendererProps) {
  const content = useArtifactText(artifact);
  if (content.status !== "ready") return <ContentState state={content} />;
  return <CodeView source={content.text} language={languageOfMime(artifact.mime)} />;
}

import type { ExportArtifact } from "./export-snapshot.ts";

const EXTENSIONS: Record<string, string> = {
  "text/markdown": "md",
  "text/plain": "txt",
  "text/csv": "csv",
  "application/vnd.apache.parquet": "parquet",
  "application/vnd.vegalite+json": "vl.json",
  "application/json": "json",
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/svg+xml": "svg",
  "image/webp": "webp",
  "image/gif": "gif",
  "application/pdf": "pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/x-ipynb+json": "ipynb",
  "text/vnd.mermaid": "mmd",
  "text/vnd.graphviz": "dot",
  "model/gltf+json": "gltf",
  "model/gltf-binary": "glb",
  "model/stl": "stl",
  "text/html": "html",
};

/** The usual file extension of a mime type ("bin" when unknown, so the file still opens as bytes). */
export function extensionOf(mime: string, kind?: string): string {
  const known = EXTENSIONS[mime.split(";")[0]?.trim().toLowerCase() ?? ""];
  if (known) return known;
  if (kind === "chart") return "vl.json";
  if (mime.startsWith("text/")) return "txt";
  return mime.endsWith("+json") ? "json" : "bin";
}

/** A file-name-safe slug of a title: lowercase ASCII words joined by dashes, never empty. */
export function slugOf(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return slug || "artifact";
}

/**
 * The base names (`<slug>-v<n>`, without extension) of a conversation's artifacts inside an export, unique even
 * when two artifacts share a title.
 */
export function artifactBaseNames(artifacts: ExportArtifact[]): Map<ExportArtifact, string> {
  const names = new Map<ExportArtifact, string>();
  const used = new Set<string>();
  for (const artifact of artifacts) {
    let name = `${slugOf(artifact.title)}-v${artifact.version}`;
    if (used.has(name)) name = `${slugOf(artifact.title)}-${artifact.id.slice(0, 8)}-v${artifact.version}`;
    used.add(name);
    names.set(artifact, name);
  }
  return names;
}

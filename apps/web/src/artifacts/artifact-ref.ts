/** An artifact version as the stream announces it (`data-artifact` parts) and the panel opens it. */
export interface ArtifactRef {
  id: string;
  version: number;
  kind: string;
  title: string;
  mime: string;
  toolName?: string;
}

/** The URL of a version's bytes (same origin, session cookie). */
export const artifactContentUrl = (artifact: Pick<ArtifactRef, "id" | "version">) =>
  `/v1/artifacts/${artifact.id}/content?version=${artifact.version}`;

/** A key naming one version, for lists and React keys. */
export const artifactKey = (artifact: Pick<ArtifactRef, "id" | "version">) =>
  `${artifact.id}@${artifact.version}`;

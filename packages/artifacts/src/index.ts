export { type AddArtifactVersionInput, addArtifactVersion } from "./add-artifact-version.ts";
export { decodeArtifactCursor, encodeArtifactCursor } from "./artifact-cursor.ts";
export {
  type ArtifactLineage,
  type ArtifactLineageInput,
  artifactLineageInputSchema,
  artifactLineageSchema,
} from "./artifact-lineage.ts";
export { type ArtifactView, artifactViewSchema } from "./artifact-view.ts";
export { assertBlobKey, blobKeyOf } from "./blob-key.ts";
export type { BlobStore } from "./blob-store.ts";
export { artifactTitleSchema, type CreateArtifactInput, createArtifact } from "./create-artifact.ts";
export { ArtifactContentError } from "./errors/artifact-content-error.ts";
export { ArtifactContentMissingError } from "./errors/artifact-content-missing-error.ts";
export { ArtifactCursorInvalidError } from "./errors/artifact-cursor-invalid-error.ts";
export { ArtifactInputError } from "./errors/artifact-input-error.ts";
export { ArtifactLinkExpiredError } from "./errors/artifact-link-expired-error.ts";
export { ArtifactLinkInvalidError } from "./errors/artifact-link-invalid-error.ts";
export { ArtifactMimeUnsupportedError } from "./errors/artifact-mime-unsupported-error.ts";
export { ArtifactNotFoundError } from "./errors/artifact-not-found-error.ts";
export { ArtifactReferenceError } from "./errors/artifact-reference-error.ts";
export { ArtifactTooLargeError } from "./errors/artifact-too-large-error.ts";
export { BlobKeyInvalidError } from "./errors/blob-key-invalid-error.ts";
export { BlobStoreOptionsInvalidError } from "./errors/blob-store-options-invalid-error.ts";
export {
  type BlobStoreFailureReason,
  BlobStoreUnavailableError,
} from "./errors/blob-store-unavailable-error.ts";
export { ChartRenderError } from "./errors/chart-render-error.ts";
export { ShareLinkNotFoundError } from "./errors/share-link-not-found-error.ts";
export {
  type ShareLinkUnavailableCode,
  ShareLinkUnavailableError,
} from "./errors/share-link-unavailable-error.ts";
export { SigningSecretTooShortError } from "./errors/signing-secret-too-short-error.ts";
export { createFsBlobStore } from "./fs-blob-store.ts";
export { getArtifact } from "./get-artifact.ts";
export type { ArtifactKindDefinition } from "./kinds/artifact-kind-definition.ts";
export { artifactKindRegistry } from "./kinds/artifact-kind-registry.ts";
export {
  type DashboardSpec,
  dashboardSpecSchema,
  dashboardWidgetSchema,
} from "./kinds/dashboard/dashboard-spec.ts";
export {
  type ArtifactSizeLimits,
  isUntrustedMarkup,
  type ValidatedContent,
  validateArtifactContent,
} from "./kinds/validate-artifact-content.ts";
export { listArtifactVersions } from "./list-artifact-versions.ts";
export {
  ARTIFACT_PAGE_SIZE_MAX,
  type ArtifactPage,
  artifactListQuerySchema,
  listArtifacts,
} from "./list-artifacts.ts";
export { normalizeMime } from "./mime.ts";
export { type BlobStoreConfig, openBlobStore } from "./open-blob-store.ts";
export { type ArtifactContentRead, readArtifactContent } from "./read-artifact-content.ts";
export { CHART_MAX_PIXELS, type RenderedChart, renderChart } from "./render-chart.ts";
export { createS3BlobStore, type S3BlobStore } from "./s3-blob-store.ts";
export type { S3BlobStoreOptions } from "./s3-blob-store-options.ts";
export {
  createShareLink,
  listShareLinks,
  type ResolvedShareLink,
  resolveShareLink,
  revokeShareLink,
  SHARE_LINK_MAX_SECONDS,
  type ShareLinkView,
  shareLinkViewSchema,
} from "./share-links.ts";
export {
  type ContentUrlClaims,
  SIGNING_SECRET_MIN_BYTES,
  signContentUrl,
  verifyContentUrl,
} from "./signed-url.ts";
export type { ArtifactContent } from "./store-artifact-content.ts";

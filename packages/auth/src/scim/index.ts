export { createScimGroup } from "./create-scim-group.ts";
export { createScimUser } from "./create-scim-user.ts";
export { deleteScimGroup } from "./delete-scim-group.ts";
export { deleteScimUser } from "./delete-scim-user.ts";
export { ScimError, type ScimErrorCode, type ScimType, scimErrorCodes } from "./errors/scim-error.ts";
export { ScimInvalidFilterError } from "./errors/scim-invalid-filter-error.ts";
export { ScimInvalidPatchError } from "./errors/scim-invalid-patch-error.ts";
export { ScimInvalidValueError } from "./errors/scim-invalid-value-error.ts";
export { ScimMutabilityError } from "./errors/scim-mutability-error.ts";
export { ScimUniquenessError } from "./errors/scim-uniqueness-error.ts";
export { findScimGroup } from "./find-scim-group.ts";
export { findScimUser } from "./find-scim-user.ts";
export { listScimGroups } from "./list-scim-groups.ts";
export { listScimUsers } from "./list-scim-users.ts";
export { patchScimUser } from "./patch-scim-user.ts";
export { replaceScimUser } from "./replace-scim-user.ts";
export type { ScimAudit, ScimAuditEvent } from "./scim-audit.ts";
export { parseScimFilter, type ScimFilter } from "./scim-filter.ts";
export { type ScimGroupRecord, scimGroupResource } from "./scim-group-record.ts";
export {
  type ScimGroupInput,
  type ScimGroupResource,
  scimGroupInputSchema,
  scimGroupResourceSchema,
} from "./scim-group-schema.ts";
export {
  SCIM_MAX_RESULTS,
  type ScimListQuery,
  type ScimPage,
  scimListQuerySchema,
  scimListResponse,
  scimListResponseSchema,
  scimPage,
} from "./scim-list.ts";
export { applyScimPatch, type ScimPatch, scimPatchSchema } from "./scim-patch.ts";
export { type ScimResourceType, scimResourceTypeSchema, scimResourceTypes } from "./scim-resource-types.ts";
export {
  type ScimSchemaDefinition,
  scimSchemaDefinitionSchema,
  scimSchemaDefinitions,
} from "./scim-schema-definitions.ts";
export {
  scimServiceProviderConfig,
  scimServiceProviderConfigSchema,
} from "./scim-service-provider-config.ts";
export { createScimToken, listScimTokens, revokeScimToken, type ScimTokenView } from "./scim-tokens.ts";
export * from "./scim-urns.ts";
export { type ScimUserRecord, scimUserResource } from "./scim-user-record.ts";
export {
  type ScimUserInput,
  type ScimUserResource,
  scimUserInputSchema,
  scimUserResourceSchema,
} from "./scim-user-schema.ts";
export { patchScimGroup, replaceScimGroup } from "./update-scim-group.ts";

/** The schema URNs of RFC 7643/7644 that Penny speaks, and Penny's own extension of the User resource. */
export const SCIM_USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
export const SCIM_GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";
export const SCIM_LIST_RESPONSE_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
export const SCIM_PATCH_OP_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
export const SCIM_ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";
export const SCIM_SERVICE_PROVIDER_CONFIG_SCHEMA =
  "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";
export const SCIM_RESOURCE_TYPE_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:ResourceType";
export const SCIM_SCHEMA_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Schema";

/**
 * Penny's extension of the User resource: the member's role in the tenant. Not an `urn:ietf` name, because only
 * the IETF may mint those; a directory maps its own attribute onto `role` here.
 */
export const PENNY_USER_EXTENSION = "urn:penny:params:scim:schemas:extension:penny:2.0:User";

/** The media type of every SCIM request and response body (RFC 7644 §3.1); plain JSON is accepted too. */
export const SCIM_CONTENT_TYPE = "application/scim+json";

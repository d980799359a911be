const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether a SCIM id can name a resource at all. Ids are Penny's uuids; anything else names nothing, and is answered
 * as "not found" instead of reaching the database as a failing cast.
 */
export function isScimId(id: string): boolean {
  return UUID.test(id);
}

/** Content-addressed storage: a blob's key is the SHA-256 of its bytes, so identical content is stored once. */
export interface BlobStore {
  /** Stores the bytes and returns their hex SHA-256 (the key). Storing the same bytes again is a no-op. */
  put(bytes: Uint8Array): Promise<{ hash: string; size: number }>;
  /** The bytes for a key, or null when absent. */
  get(hash: string): Promise<Uint8Array | null>;
  has(hash: string): Promise<boolean>;
}

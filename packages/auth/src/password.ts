import { type Algorithm, hash, verify } from "@node-rs/argon2";

// The package declares `Algorithm` as an ambient const enum, which isolated modules cannot read; 2 is its Argon2id.
const ARGON2ID: Algorithm = 2;

/**
 * Argon2id with OWASP's minimum recommendation (19 MiB, 2 passes, 1 lane): slow enough to make offline guessing
 * expensive, cheap enough that a sign-in burst does not starve the server. The parameters are stored in each
 * hash (PHC string), so raising them later only affects new hashes.
 */
const argon2idOptions = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

/** Hashes a password for storage; every call draws a fresh random salt, so equal passwords hash differently. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, argon2idOptions);
}

/**
 * Whether `password` matches a hash made by `hashPassword` (argon2 compares in constant time). Throws when
 * `passwordHash` is not an argon2 PHC string: a corrupt stored hash is a data error, not a wrong password.
 */
export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password);
}

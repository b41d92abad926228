import crypto from 'node:crypto'

/**
 * Whether `password` is the one stored as `hash`/`salt` by Payload's local strategy. Payload 3.90.1
 * does not export its `authenticateLocalStrategy`, so its two formats are read here: the current
 * `pbkdf2-sha256-v1:` hash (600,000 iterations, 32 bytes) and the legacy one (25,000, 512 bytes).
 * tests/int/credentials.test.ts checks it against passwords Payload itself stored.
 */
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'

const parametersOf = (hash: string) =>
  hash.startsWith(CURRENT_PREFIX)
    ? { hex: hash.slice(CURRENT_PREFIX.length), iterations: 600_000, keyLength: 32 }
    : { hex: hash, iterations: 25_000, keyLength: 512 }

export const verifyPassword = async (
  password: string,
  stored: { hash?: unknown; salt?: unknown },
): Promise<boolean> => {
  if (typeof stored.hash !== 'string' || typeof stored.salt !== 'string' || !password) return false
  const { hex, iterations, keyLength } = parametersOf(stored.hash)
  const expected = Buffer.from(hex, 'hex')
  const actual = await new Promise<Buffer>((resolve, reject) =>
    crypto.pbkdf2(password, stored.salt as string, iterations, keyLength, 'sha256', (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  )
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected)
}

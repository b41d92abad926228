import crypto from 'node:crypto'

/**
 * AES-256-GCM for secrets kept in the database (page tokens, webhook secrets). The key comes from
 * the plugin's `secrets` option; it is hashed to 32 bytes so any long random string works as a key.
 */
const VERSION = 'v1'

export class MissingEncryptionKeyError extends Error {
  constructor() {
    super('HEROLD_ENCRYPTION_KEY is not set: secrets cannot be stored in the database.')
  }
}

const keyFrom = (secret: string | undefined) => {
  if (!secret || secret.length < 16) throw new MissingEncryptionKeyError()
  return crypto.createHash('sha256').update(secret).digest()
}

export const encryptSecret = (plain: string, secret: string | undefined): string => {
  const iv = crypto.randomBytes(12)
  const cipher = crypto.createCipheriv('aes-256-gcm', keyFrom(secret), iv)
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return [
    VERSION,
    iv.toString('base64'),
    cipher.getAuthTag().toString('base64'),
    data.toString('base64'),
  ].join(':')
}

export const decryptSecret = (sealed: string, secret: string | undefined): string => {
  const [version, iv, tag, data] = sealed.split(':')
  if (version !== VERSION || !iv || !tag || !data) throw new Error('Not a sealed secret')
  const decipher = crypto.createDecipheriv(
    'aes-256-gcm',
    keyFrom(secret),
    Buffer.from(iv, 'base64'),
  )
  decipher.setAuthTag(Buffer.from(tag, 'base64'))
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString(
    'utf8',
  )
}

export const isSealed = (value: unknown): value is string =>
  typeof value === 'string' && value.startsWith(`${VERSION}:`)

import type { CollectionBeforeChangeHook, Field, LabelFunction } from 'payload'

import { APIError } from 'payload'

import { fanoutContext } from '../engine/context'
import { fanoutLabel, requestT } from '../i18n'
import { encryptSecret, MissingEncryptionKeyError } from '../secret-box'

/**
 * A secret typed in the admin and never shown again: the input is virtual, the stored value is
 * AES-256-GCM sealed in a hidden field that no API call returns, and a flag tells whether it is set.
 */
export const secretFields = (
  name: string,
  fieldLabel: LabelFunction,
  description: LabelFunction,
): Field[] => [
  {
    name,
    type: 'text',
    admin: { description, placeholder: '••••••••' },
    hooks: { afterRead: [() => ''] },
    label: fieldLabel,
    virtual: true,
  },
  {
    name: `${name}Set`,
    type: 'checkbox',
    access: { create: () => false, update: () => false },
    admin: { readOnly: true },
    label: fanoutLabel('fanout:label:storedEncrypted'),
  },
  {
    name: `${name}Sealed`,
    type: 'text',
    access: { create: () => false, read: () => false, update: () => false },
    admin: { hidden: true },
    hidden: true,
  },
]

/** Seals every secret input of a document before it is written. */
export const sealSecrets =
  (names: string[]): CollectionBeforeChangeHook =>
  ({ data, originalDoc, req }) => {
    for (const path of names) {
      const [group, name] = path.split('.') as [string, string]
      const input = data[group]?.[name]
      if (typeof input === 'string' && input.trim()) {
        try {
          const key = fanoutContext(req.payload).options.secrets().encryptionKey
          data[group][`${name}Sealed`] = encryptSecret(input.trim(), key)
        } catch (error) {
          if (error instanceof MissingEncryptionKeyError) {
            // Only administrators edit channel accounts: the message may say how to fix it.
            throw new APIError(requestT(req)('fanout:secretNoKey'), 400, undefined, true)
          }
          throw error
        }
        data[group][`${name}Set`] = true
        req.context.fanoutSecretRenewed = true
      } else if (data[group]) {
        // Nothing typed: keep what is stored.
        data[group][`${name}Sealed`] = originalDoc?.[group]?.[`${name}Sealed`]
        data[group][`${name}Set`] = originalDoc?.[group]?.[`${name}Set`] ?? false
      }
      if (data[group]) delete data[group][name]
    }
    return data
  }

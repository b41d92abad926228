import type { Config } from 'payload'

import { deepMergeSimple } from 'payload'

import { auditLog } from './collections/audit-log'
import { DEFAULT_AUDITED } from './defaults'
import { withAudit } from './hooks/audit-hooks'
import { translations } from './translations'
import type { AuditPluginOptions } from './types'

export type { AuditPluginOptions } from './types'

/**
 * The audit log as a plugin: its collection, and the audit hooks on the collections its options
 * name. Plugins audit the collections they add through `exports/server` (`withAudit`,
 * `recordAudit`), so the order of the plugins does not matter. Its texts join the config's i18n.
 */
export const auditPlugin =
  (options: AuditPluginOptions = {}) =>
  (config: Config): Config => {
    const specs = new Map((options.collections ?? DEFAULT_AUDITED).map((spec) => [spec.slug, spec]))
    const collections = (config.collections ?? []).map((collection) => {
      const spec = specs.get(collection.slug)
      return spec ? withAudit(collection, spec) : collection
    })
    return {
      ...config,
      collections: [...collections, auditLog],
      i18n: {
        ...config.i18n,
        translations: deepMergeSimple(translations, config.i18n?.translations ?? {}),
      },
    }
  }

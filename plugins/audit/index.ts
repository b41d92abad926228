import type { CollectionConfig, Config } from 'payload'

import { withIdGuard } from '../../src/hooks/reject-malformed-id'
import { AUDITED } from './defaults'
import { auditLog } from './collections/audit-log'
import { auditHooks } from './hooks/audit-hooks'

/**
 * The audit log as a plugin: its collection, and the audit hooks on every audited collection
 * (listed in `defaults.ts`). Goes after the fan-out plugin, whose channel accounts it audits too;
 * the fan-out engine records deliveries itself, since it writes them below the hooks.
 */
export const auditPlugin =
  () =>
  (config: Config): Config => {
    const specs = new Map(AUDITED.map((spec) => [spec.slug, spec]))
    const withAudit = (collection: CollectionConfig): CollectionConfig => {
      const spec = specs.get(collection.slug)
      if (!spec) return collection
      const audit = auditHooks(spec)
      const hooks = collection.hooks ?? {}
      return {
        ...collection,
        hooks: {
          ...hooks,
          // The change is recorded before its consequences (deliveries, feeds) run their own hooks.
          afterChange: [...audit.afterChange, ...(hooks.afterChange ?? [])],
          afterDelete: [...(hooks.afterDelete ?? []), ...audit.afterDelete],
          beforeChange: [...(hooks.beforeChange ?? []), ...audit.beforeChange],
        },
      }
    }
    return { ...config, collections: [...(config.collections ?? []).map(withAudit), withIdGuard(auditLog)] }
  }

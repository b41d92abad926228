import { ref, yesNo } from '../../audit/exports/server'
import type { AuditSpec } from '../../audit/exports/types'
import { BIP_SOURCES } from '../constants'
import { pl } from '../translations/pl'

const texts = pl.bipWatch

/** How the audit log reads a BIP source's settings (in Polish, as the log is written); not its health. */
export const bipSourcesAudit: AuditSpec = {
  slug: BIP_SOURCES,
  title: (doc) => (doc.name as string) ?? null,
  tracked: [
    { label: texts.name, name: 'name' },
    { label: texts.unit, name: 'unit' },
    { label: texts.feedUrl, name: 'feedUrl' },
    { format: yesNo, label: texts.feedComplete, name: 'feedComplete' },
    { label: texts.sitemapUrl, name: 'sitemapUrl' },
    { format: yesNo, label: texts.enabled, name: 'enabled' },
    { format: yesNo, label: texts.importNew, name: 'importNew' },
  ],
  view: (doc) => ({ ...doc, unit: ref(doc.unit) }),
}

import { ref, yesNo } from '../../audit/exports/server'
import type { AuditSpec } from '../../audit/exports/types'
import { ACCOUNTS } from '../constants'
import { ACCOUNT_STATES } from './channel-accounts'

type Doc = Record<string, unknown>

/**
 * A status write by the engine carries the same request context; only the save that sealed a
 * secret says so.
 */
const secretNote = (context: Record<string, unknown>): null | string =>
  context.fanoutSecretRenewed && !context.fanoutStatusOnly
    ? 'zapisano nowy token lub sekret (wartość nie jest zapisywana w dzienniku)'
    : null

/**
 * How the audit log reads channel settings, never their secrets: a new token or webhook secret is
 * recorded as the fact that one was saved (see `secretNote`), and the sealed values are not even
 * compared.
 */
export const channelAccountsAudit: AuditSpec = {
  note: secretNote,
  slug: ACCOUNTS,
  state: { label: 'stan kanału', name: 'status', options: ACCOUNT_STATES },
  title: (doc) => (doc.name as string) ?? null,
  tracked: [
    { format: yesNo, label: 'włączony', name: 'enabled' },
    { label: 'nazwa', name: 'name' },
    { label: 'zasady dyskusji', name: 'discussionRules' },
    { label: 'identyfikator strony', name: 'pageId' },
    { label: 'sposób publikacji w grupie', name: 'groupMode' },
    { label: 'adres grupy', name: 'groupUrl' },
    { label: 'adres webhooka', name: 'webhookUrl' },
  ],
  view: (doc) => {
    const fanpage = (doc.fanpage ?? {}) as Doc
    const group = (doc.group ?? {}) as Doc
    return {
      discussionRules: ref(doc.discussionRules),
      enabled: !!doc.enabled,
      groupMode: doc.kind === 'group' ? (group.mode ?? null) : null,
      groupUrl: group.groupUrl ?? null,
      name: doc.name,
      pageId: fanpage.pageId ?? null,
      status: ((doc.status ?? {}) as Doc).state ?? 'ok',
      webhookUrl: group.webhookUrl ?? null,
    }
  },
}

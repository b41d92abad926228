import { ref, yesNo } from '../../audit/exports/server'
import type { AuditSpec } from '../../audit/exports/types'
import { ACCOUNTS } from '../constants'
import { polishT } from '../i18n'
import { ACCOUNT_STATES } from './channel-accounts'

type Doc = Record<string, unknown>

/**
 * A status write by the engine carries the same request context; only the save that sealed a
 * secret says so.
 */
const secretNote = (context: Record<string, unknown>): null | string =>
  context.fanoutSecretRenewed && !context.fanoutStatusOnly
    ? polishT('fanout:audit:secretRenewed')
    : null

/**
 * How the audit log reads channel settings, never their secrets: a new token or webhook secret is
 * recorded as the fact that one was saved (see `secretNote`), and the sealed values are not even
 * compared. The log is written in Polish, as the audit plugin's summaries are.
 */
export const channelAccountsAudit: AuditSpec = {
  note: secretNote,
  slug: ACCOUNTS,
  state: { label: polishT('fanout:audit:state'), name: 'status', options: ACCOUNT_STATES },
  title: (doc) => (doc.name as string) ?? null,
  tracked: [
    { format: yesNo, label: polishT('fanout:audit:enabled'), name: 'enabled' },
    { label: polishT('fanout:audit:name'), name: 'name' },
    { label: polishT('fanout:audit:discussionRules'), name: 'discussionRules' },
    { label: polishT('fanout:audit:pageId'), name: 'pageId' },
    { label: polishT('fanout:audit:groupMode'), name: 'groupMode' },
    { label: polishT('fanout:audit:groupUrl'), name: 'groupUrl' },
    { label: polishT('fanout:audit:webhookUrl'), name: 'webhookUrl' },
    { label: polishT('fanout:label:bipWithdrawalPolicy'), name: 'bipWithdrawal' },
  ],
  view: (doc) => {
    const fanpage = (doc.fanpage ?? {}) as Doc
    const group = (doc.group ?? {}) as Doc
    return {
      bipWithdrawal: doc.kind === 'fanpage' ? (doc.bipWithdrawal ?? 'task') : null,
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

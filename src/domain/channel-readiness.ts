import { ALL_CHANNELS, policyFor, type PolicyRow } from './channel-policy'
import { polishLabelOf } from './labels'
import { CATEGORIES, CHANNELS } from './taxonomy'

/**
 * The channels a post's category requires that cannot publish now (no enabled account with its
 * credentials and published rules; for the newsletter, no mail server), in the order channels are
 * listed. Approving such a post would promise residents a copy nobody can send.
 */
export const unconfiguredRequired = (
  rows: readonly PolicyRow[],
  category: null | string | undefined,
  unconfigured: readonly string[],
): string[] => {
  const required = policyFor(rows, category)?.required ?? []
  return ALL_CHANNELS.filter((c) => required.includes(c) && unconfigured.includes(c))
}

const quoted = (channels: readonly string[]) => {
  const names = channels.map((c) => `„${polishLabelOf(CHANNELS, c)}”`)
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} i ${names.at(-1)}` : names.join('')
}

/**
 * The refusal an approver reads, or null when every required channel can publish. No colon: the
 * admin's error toast would cut the message there into a list.
 */
export const channelConfigProblem = (
  rows: readonly PolicyRow[],
  category: null | string | undefined,
  unconfigured: readonly string[],
): null | string => {
  const missing = unconfiguredRequired(rows, category, unconfigured)
  if (!missing.length) return null
  const one = missing.length === 1
  return `Wpisy z kategorii „${polishLabelOf(CATEGORIES, category)}” muszą trafić na ${one ? 'kanał' : 'kanały'} ${quoted(missing)}, ale ${one ? 'ten kanał nie jest połączony ani skonfigurowany' : 'te kanały nie są połączone ani skonfigurowane'} — poproś administratora o konfigurację. Administrator może też zatwierdzić wpis mimo to, z uzasadnieniem.`
}

/** What the approval log and the audit log keep of an administrator's override. */
export const overrideNote = (problemChannels: readonly string[], reason: string) =>
  `Zatwierdzono mimo nieskonfigurowanych kanałów wymaganych dla kategorii (${quoted(problemChannels)}). Uzasadnienie — ${reason}`

import { option } from '../../src/domain/labels'
import { COMPLAINTS, DISCUSSION_RULES, MODERATION_ENTRIES } from '../../src/moderation/slugs'

export const AUDIT_LOG = 'audit-log'

/**
 * The collections the log may name, in the order of its filter: the host's, and the fan-out's
 * deliveries (recorded by its engine) and channel settings (audited through `withAudit`).
 */
export const AUDITED_COLLECTIONS = [
  option('posts', 'Wpisy', 'Posts'),
  option('bip-references', 'Wpisy BIP', 'BIP entries'),
  option('deliveries', 'Publikacje w kanałach', 'Deliveries'),
  option(DISCUSSION_RULES, 'Zasady dyskusji', 'Discussion rules'),
  option(MODERATION_ENTRIES, 'Rejestr moderacji', 'Moderation register'),
  option(COMPLAINTS, 'Skargi na moderację', 'Moderation complaints'),
  option('channel-accounts', 'Kanały społecznościowe', 'Social channels'),
] as const

import { option } from '../../src/domain/labels'
import {
  BIP_REFERENCES,
  COMPLAINTS,
  DISCUSSION_RULES,
  MODERATION_ENTRIES,
  POSTS,
} from '../../src/domain/slugs'
import { ACCOUNTS, DELIVERIES } from '../fanout/exports/slugs'

export const AUDIT_LOG = 'audit-log'

/**
 * The collections the log may name, in the order of its filter: the host's, and the fan-out's
 * deliveries (recorded by its engine) and channel settings (audited through `withAudit`).
 */
export const AUDITED_COLLECTIONS = [
  option(POSTS, 'Wpisy', 'Posts'),
  option(BIP_REFERENCES, 'Wpisy BIP', 'BIP entries'),
  option(DELIVERIES, 'Publikacje w kanałach', 'Deliveries'),
  option(DISCUSSION_RULES, 'Zasady dyskusji', 'Discussion rules'),
  option(MODERATION_ENTRIES, 'Rejestr moderacji', 'Moderation register'),
  option(COMPLAINTS, 'Skargi na moderację', 'Moderation complaints'),
  option(ACCOUNTS, 'Kanały społecznościowe', 'Social channels'),
] as const

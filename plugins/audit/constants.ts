import { inBothLanguages } from './translations'
import {
  BIP_REFERENCES,
  COMPLAINTS,
  DISCUSSION_RULES,
  MODERATION_ENTRIES,
  POSTS,
} from '../../src/domain/slugs'
import { ACCOUNTS, CORRECTIONS, DELIVERIES } from '../fanout/exports/slugs'

export const AUDIT_LOG = 'audit-log'

/**
 * The collections the log may name, in the order of its filter: the host's, and the fan-out's
 * deliveries (recorded by its engine), channel settings and corrections after publication (audited
 * through `withAudit`).
 */
export const AUDITED_COLLECTIONS = [
  { label: inBothLanguages('collection-posts'), value: POSTS },
  { label: inBothLanguages('collection-bip'), value: BIP_REFERENCES },
  { label: inBothLanguages('collection-deliveries'), value: DELIVERIES },
  { label: inBothLanguages('collection-rules'), value: DISCUSSION_RULES },
  { label: inBothLanguages('collection-moderation'), value: MODERATION_ENTRIES },
  { label: inBothLanguages('collection-complaints'), value: COMPLAINTS },
  { label: inBothLanguages('collection-accounts'), value: ACCOUNTS },
  { label: inBothLanguages('collection-corrections'), value: CORRECTIONS },
] as const

import type { Ref } from '../../src/access/roles'
import type { ModerationAction } from '../../src/domain/moderation'

/** An entry's data as the hooks and validators see it. */
export type EntryData = {
  account?: null | Ref
  action?: ModerationAction
  channelName?: null | string
  channelSlug?: null | string
  complaintOutcome?: null | string
  correctionReason?: null | string
  corrections?: unknown[]
  decidedBy?: unknown
  decidedByLabel?: null | string
  number?: number
  occurredAt?: null | string
  rule?: {
    point?: null | number
    quote?: null | string
    rules?: null | Ref
    version?: null | number
  } | null
  snapshot?: Record<string, unknown> | null
  sourceKey?: null | string
  summary?: null | string
  unit?: null | Ref
}

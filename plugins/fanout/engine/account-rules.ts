import type { Payload, PayloadRequest } from 'payload'

import { idOf } from '../../../src/access/roles'
import { isWellFormedId } from '../../../src/domain/well-formed-id'
import type { FanoutT } from '../i18n'
import { type GoverningRules, isSocialKind, rulesProblem } from '../rules/discussion-rules'
import type { AccountDoc } from './accounts'
import { fanoutContext } from './context'

/** Marks deliveries held because their channel's rules of discussion are not published. */
export const RULES_HELD = 'discussion_rules'

const RULES_SELECT = {
  _status: true,
  governs: { platform: true },
  slug: true,
  title: true,
} as const

/**
 * The rules of discussion a channel account points at, as stored now (published or not), or null.
 * The collection's hooks name the rules collection themselves: they run with the engine off too.
 */
export const loadAccountRules = async (
  payload: Payload,
  account: Pick<AccountDoc, 'discussionRules'>,
  req?: Partial<PayloadRequest>,
  rulesSlug = fanoutContext(payload).options.collections.discussionRules,
): Promise<GoverningRules | null> => {
  const id = idOf(account.discussionRules)
  // A mangled id from an API client is rules that do not exist, not a database error.
  if (id == null || !isWellFormedId(id, payload.db.defaultIDType)) return null
  // Read below the hooks, as the engine reads its own records: this is on every delivery's path.
  return (await payload.db.findOne({
    collection: rulesSlug,
    req,
    select: RULES_SELECT,
    where: { id: { equals: id } },
  })) as GoverningRules | null
}

/** The key rules are cached under within one job or sync: accounts often share their rules. */
export const rulesKey = (account: Pick<AccountDoc, 'discussionRules'>) =>
  String(idOf(account.discussionRules) ?? '')

/** Whether the account may publish now: null, or the reason (and what to do) when it may not. */
export const accountRulesProblem = (
  account: Pick<AccountDoc, 'kind'>,
  rules: GoverningRules | null,
  t?: FanoutT,
) => (isSocialKind(account.kind) ? rulesProblem(account.kind, rules, t) : null)

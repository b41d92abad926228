import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionSlug } from 'payload'

import { ValidationError } from 'payload'

import { idOf } from '../../../src/access/roles'
import { accountRulesProblem, loadAccountRules } from '../engine/account-rules'
import type { AccountDoc } from '../engine/accounts'
import { requestT } from '../i18n'
import { resumeRulesHeld } from '../outbox/events'
import { ACCOUNTS } from '../constants'

/**
 * A social channel account is switched on only under published rules of discussion governing its
 * platform; the admin reads why and what to do next to the field. Status writes of the engine
 * (`fanoutStatusOnly`) are not the admin's saves and are never refused.
 */
export const requirePublishedRules =
  (rulesSlug: CollectionSlug): CollectionBeforeChangeHook =>
  async ({ context, data, originalDoc, req }) => {
    if (context.fanoutStatusOnly) return data
    const account = { ...originalDoc, ...data } as AccountDoc
    const refuse = (message: string) =>
      new ValidationError({
        collection: ACCOUNTS,
        errors: [{ message, path: 'discussionRules' }],
        req,
      })
    const t = requestT(req)
    const rules = await loadAccountRules(req.payload, account, req, rulesSlug)
    if (account.discussionRules && !rules) throw refuse(t('fanout:rulesNotFound'))
    if (!account.enabled) return data
    const problem = accountRulesProblem(account, rules, t)
    if (problem) throw refuse(t('fanout:rulesDisabledOnly', { name: account.name, problem }))
    return data
  }

/** A channel saved with good rules takes back what waited for them. */
export const resumeAfterAccountSave =
  (rulesSlug: CollectionSlug): CollectionAfterChangeHook =>
  async ({ context, doc, req }) => {
    if (context.fanoutStatusOnly || !doc.enabled) return doc
    if (!accountRulesProblem(doc, await loadAccountRules(req.payload, doc, req, rulesSlug)))
      await resumeRulesHeld(req.payload, [doc.id], req)
    return doc
  }

/** Rules published (again): the channels they govern resume what waited for them. */
export const resumeAfterRulesPublished: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (doc._status !== 'published') return doc
  const accounts = await req.payload.find({
    collection: ACCOUNTS,
    depth: 0,
    limit: 100,
    overrideAccess: true,
    pagination: false,
    req,
    select: {}, // the id alone
    where: { and: [{ discussionRules: { equals: doc.id } }, { enabled: { equals: true } }] },
  })
  const ids = (accounts.docs as { id: number | string }[]).map((a) => idOf(a)!)
  if (ids.length) await resumeRulesHeld(req.payload, ids, req)
  return doc
}

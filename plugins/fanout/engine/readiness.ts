// Whether a channel can publish now: an enabled account with its credentials and published rules.
import type { Payload, PayloadRequest } from 'payload'

import type { ChannelAccount, ChannelSlug } from '../channels/types'
import type { FanoutT } from '../i18n'
import { installFanoutT } from '../i18n-server'
import { accountRulesProblem, loadAccountRules } from './account-rules'
import { type AccountDoc, enabledAccounts, toChannelAccount } from './accounts'
import { fanoutContext, fanoutContextIfAny } from './context'

type Req = Partial<PayloadRequest>

/** Where a copy of the channel can go now, or why it cannot (in the words of `t`). */
export type Target =
  | { account: ChannelAccount; doc: AccountDoc | null; id: null | number | string }
  | { problem: string }

/**
 * The channel's usable target: its built-in one, or the first enabled account with credentials
 * and published rules of discussion (`prefer` first, the account a copy already names). A token
 * Facebook rejected still counts: its copies wait for the new one and resume by themselves.
 */
export const usableTarget = async (
  payload: Payload,
  slug: ChannelSlug,
  t: FanoutT,
  req?: Req,
  prefer?: null | number | string,
): Promise<Target> => {
  const channel = fanoutContext(payload).channels[slug]
  if (!channel) return { problem: t('fanout:sendNow:notConfiguredNoAccount') }
  if (channel.builtin) {
    const problem = channel.misconfiguration(channel.builtin, t)
    return problem ? { problem } : { account: channel.builtin, doc: null, id: null }
  }
  const accounts = (await enabledAccounts(payload, slug, req)).sort(
    (a, b) => Number(String(b.id) === String(prefer)) - Number(String(a.id) === String(prefer)),
  )
  let first: null | string = null
  for (const doc of accounts) {
    const account = toChannelAccount(payload, doc)
    const problem =
      channel.misconfiguration(account, t) ??
      accountRulesProblem(doc, await loadAccountRules(payload, doc, req), t)
    if (!problem) return { account, doc, id: doc.id }
    first ??= problem
  }
  return { problem: first ?? t('fanout:sendNow:notConfiguredNoAccount') }
}

/**
 * Of the given channels, those that cannot publish now, with why: what the workflow asks before an
 * approval binds a post to a channel (the app's `unconfiguredRequired` decides what to refuse).
 */
export const unconfiguredChannels = async (
  payload: Payload,
  slugs: readonly string[],
  req?: Req,
): Promise<Record<string, string>> => {
  // An instance without the fan-out (a bare script) knows of no channel that cannot publish.
  if (!fanoutContextIfAny(payload)) return {}
  const t = await installFanoutT(payload)
  const found: Record<string, string> = {}
  for (const slug of slugs) {
    const target = await usableTarget(payload, slug as ChannelSlug, t, req)
    if ('problem' in target) found[slug] = target.problem
  }
  return found
}

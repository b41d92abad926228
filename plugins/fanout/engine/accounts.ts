import type { Payload } from 'payload'

import type { ChannelAccount as AccountRecord } from '../../../src/payload-types'
import type { ChannelAccount, ChannelSlug } from '../channels/types'
import { ACCOUNTS } from '../constants'
import { PLATFORM_OF } from '../rules/discussion-rules'
import { decryptSecret } from '../secret-box'
import { installFanoutT } from '../i18n-server'
import { fanoutContext } from './context'

export type AccountDoc = {
  /** What happens to a Page copy when its BIP entry is withdrawn (`rules/bip-withdrawal.ts`). */
  bipWithdrawal?: null | string
  /** The rules of discussion governing the profile; without published ones it does not publish. */
  discussionRules?: null | number | string | { id: number | string }
  enabled?: boolean | null
  fanpage?: { pageId?: null | string; pageTokenSealed?: null | string } | null
  group?: {
    groupUrl?: null | string
    mode?: null | string
    webhookSecretSealed?: null | string
    webhookUrl?: null | string
  } | null
  id: number | string
  kind: ChannelSlug
  name: string
  status?: AccountRecord['status'] | null
}

const unseal = (sealed: null | string | undefined, key: string | undefined) => {
  if (!sealed) return null
  try {
    return decryptSecret(sealed, key)
  } catch {
    // A changed key makes stored secrets unreadable: the account then reports a missing secret.
    return null
  }
}

/**
 * The account as channels see it: settings plus the secret, stored (sealed) or, when the account
 * stores none, the one the plugin's `secrets` option gives.
 */
export const toChannelAccount = (payload: Payload, doc: AccountDoc): ChannelAccount => {
  const secrets = fanoutContext(payload).options.secrets()
  return doc.kind === 'fanpage'
    ? {
        id: doc.id,
        kind: doc.kind,
        name: doc.name,
        secret:
          unseal(doc.fanpage?.pageTokenSealed, secrets.encryptionKey) ??
          secrets.fanpage?.pageToken ??
          null,
        settings: { pageId: doc.fanpage?.pageId || secrets.fanpage?.pageId || null },
      }
    : {
        id: doc.id,
        kind: doc.kind,
        name: doc.name,
        secret:
          unseal(doc.group?.webhookSecretSealed, secrets.encryptionKey) ??
          secrets.groupWebhookSecret ??
          null,
        settings: {
          groupUrl: doc.group?.groupUrl ?? null,
          mode: doc.group?.mode ?? 'handoff',
          webhookUrl: doc.group?.webhookUrl ?? null,
        },
      }
}

export const findAccount = async (payload: Payload, id: number | string) =>
  (await payload.db.findOne({
    collection: ACCOUNTS,
    where: { id: { equals: id } },
  })) as AccountDoc | null

/**
 * Holds an account's calls until `until` (a rate limit, or usage above 90 %), as the sending path
 * does: every reader of the Page (comments, reach) then waits, so none costs a publication its turn.
 */
export const throttleAccount = (
  payload: Payload,
  account: Pick<AccountDoc, 'id' | 'status'>,
  until: Date,
) =>
  payload.update({
    collection: ACCOUNTS,
    context: { fanoutStatusOnly: true },
    data: { status: { ...account.status, throttleUntil: until.toISOString() } },
    id: account.id,
    overrideAccess: true,
  })

/** Usable for reading the Page now: a token, no re-authorisation pending, not held by a rate limit. */
export const canReadPage = (payload: Payload, doc: AccountDoc, now: Date) =>
  !!toChannelAccount(payload, doc).secret &&
  doc.status?.state !== 'needs_action' &&
  !(doc.status?.throttleUntil && new Date(doc.status.throttleUntil) > now)

export const enabledAccounts = async (
  payload: Payload,
  kind: ChannelSlug,
  req?: Parameters<Payload['find']>[0]['req'],
): Promise<AccountDoc[]> =>
  (
    await payload.find({
      collection: ACCOUNTS,
      depth: 0,
      limit: 50,
      overrideAccess: true,
      pagination: false,
      req,
      showHiddenFields: true,
      where: { and: [{ kind: { equals: kind } }, { enabled: { equals: true } }] },
    })
  ).docs

/**
 * A fresh install given the Page's credentials in the `secrets` option gets its Page account made
 * for it. It is switched on only under published rules of discussion for a Facebook Page; without
 * them it waits, switched off, until an admin publishes rules and switches it on (the dashboard
 * says so).
 */
export const ensureEnvAccounts = async (payload: Payload) => {
  const { options } = fanoutContext(payload)
  const page = options.secrets().fanpage
  if (!page?.pageId || !page.pageToken) return
  const { totalDocs } = await payload.count({
    collection: ACCOUNTS,
    overrideAccess: true,
    where: { kind: { equals: 'fanpage' } },
  })
  if (totalDocs > 0) return
  const { docs } = await payload.find({
    collection: options.collections.discussionRules,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    sort: 'createdAt',
    where: {
      and: [
        { _status: { equals: 'published' } },
        { 'governs.platform': { equals: PLATFORM_OF.fanpage } },
      ],
    },
  })
  const rules = docs.at(0)
  await payload.create({
    collection: ACCOUNTS,
    data: {
      discussionRules: rules?.id ?? null,
      enabled: !!rules,
      fanpage: { pageId: page.pageId },
      kind: 'fanpage',
      name: (await installFanoutT(payload))('fanout:envAccountName'),
    },
    overrideAccess: true,
  })
}

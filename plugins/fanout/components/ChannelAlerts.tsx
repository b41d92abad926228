import type { I18n } from '@payloadcms/translations'
import type { Payload, PayloadRequest } from 'payload'

import { getTranslation, initI18n } from '@payloadcms/translations'
import React from 'react'

import { isStaff } from '../../../src/access/roles'
import type { ChannelAlert } from '../channels/types'
import { accountRulesProblem, loadAccountRules } from '../engine/account-rules'
import type { AccountDoc } from '../engine/accounts'
import { fanoutContext } from '../engine/context'
import { ACCOUNTS, DELIVERIES } from '../constants'
import { fanoutT } from '../i18n'
import { sendableSkipped } from '../outbox/send-skipped'
import { translator } from '../../../src/domain/translate'
import type { FanoutTranslationKeys } from '../translations'

/**
 * On the admin dashboard: channels that need a person (a rejected token) and deliveries that
 * failed or wait for an editor, so that nobody learns about them from residents. Drawn with
 * the classes of Payload's `Banner` and `Button` rather than the client components, so that it
 * also renders outside the admin's bundle; without the admin's `i18n` it speaks the default
 * language.
 */
export const ChannelAlerts = async ({
  i18n,
  payload,
  user,
}: {
  i18n?: I18n
  payload: Payload
  user?: PayloadRequest['user']
}) => {
  const lang =
    i18n ??
    (await initI18n({
      config: payload.config.i18n,
      context: 'api',
      language: payload.config.i18n.fallbackLanguage,
    }))
  const t = translator<FanoutTranslationKeys>(lang)
  const [accounts, failed, waiting, channelAlerts] = await Promise.all([
    payload.find({
      collection: ACCOUNTS,
      depth: 0,
      limit: 20,
      overrideAccess: true,
      where: { 'status.state': { equals: 'needs_action' } },
    }),
    payload.count({
      collection: DELIVERIES,
      overrideAccess: true,
      where: { state: { equals: 'failed' } },
    }),
    payload.count({
      collection: DELIVERIES,
      overrideAccess: true,
      where: { state: { equals: 'needs_action' } },
    }),
    // What the channels report themselves (the newsletter while the mail server refuses us).
    Promise.all(
      Object.values(fanoutContext(payload).channels).map((channel) =>
        channel?.alerts?.(payload, lang),
      ),
    ),
  ])
  const enabled: AccountDoc[] = (
    await payload.find({
      collection: ACCOUNTS,
      depth: 0,
      limit: 50,
      overrideAccess: true,
      pagination: false,
      where: { enabled: { equals: true } },
    })
  ).docs
  // A channel whose rules of discussion were unpublished holds its posts until they are back.
  const withoutRules = (
    await Promise.all(
      enabled.map(async (a) => ({
        account: a,
        problem: accountRulesProblem(a, await loadAccountRules(payload, a), t),
      })),
    )
  ).filter((a) => a.problem)
  // Copies skipped while their channel was not configured, which staff may now send in one go.
  const sendable = isStaff(user) ? (await sendableSkipped(payload, fanoutT(lang))).length : 0
  const skippedAlert: ChannelAlert | null = sendable
    ? {
        action: {
          label: t('fanout:sendNow:bulk', { count: sendable }),
          path: `/api/${DELIVERIES}/send-skipped`,
        },
        detail: '',
        href: `/admin/collections/${DELIVERIES}?where[state][equals]=skipped`,
        key: 'send-skipped',
        title: t('fanout:sendNow:alert', { count: sendable }),
      }
    : null
  const accountLink = (account: { id: number | string; name: string }) => (
    <a href={`/admin/collections/${ACCOUNTS}/${account.id}`}>{account.name}</a>
  )
  const items: React.ReactNode[] = [
    ...(accounts.docs as { id: number | string; name: string; status?: { reason?: string } }[]).map(
      (a) => (
        <li key={`a${a.id}`}>
          {accountLink(a)}: {a.status?.reason ?? t('fanout:accountNeedsAction')}
        </li>
      ),
    ),
    ...withoutRules.map(({ account, problem }) => (
      <li key={`r${account.id}`}>
        {accountLink(account)}: {t('fanout:postsWaiting', { problem })}
      </li>
    )),
  ]
  for (const alert of [...channelAlerts.flat(), skippedAlert]) {
    if (!alert) continue
    items.push(
      <li key={alert.key}>
        <a href={alert.href}>{alert.title}</a> {alert.detail}
        {/* A plain form: the endpoint answers with a redirect back here, showing the alert again or no longer. */}
        {alert.action ? (
          <form
            action={alert.action.path}
            method="post"
            style={{ display: 'inline', marginLeft: '0.5rem' }}
          >
            <button
              className="btn btn--style-secondary btn--size-small btn--withoutPopup btn--no-margin"
              type="submit"
            >
              <span className="btn__content">
                <span className="btn__label">{alert.action.label}</span>
              </span>
            </button>
          </form>
        ) : null}
      </li>,
    )
  }
  if (failed.totalDocs)
    items.push(
      <li key="failed">
        <a href={`/admin/collections/${DELIVERIES}?where[state][equals]=failed`}>
          {t('fanout:failedDeliveries', { count: failed.totalDocs })}
        </a>
      </li>,
    )
  if (waiting.totalDocs)
    items.push(
      <li key="waiting">
        <a href={`/admin/collections/${DELIVERIES}?where[state][equals]=needs_action`}>
          {t('fanout:waitingDeliveries', { count: waiting.totalDocs })}
        </a>
      </li>,
    )
  if (!enabled.length) {
    const [before, after] = t('fanout:noChannels').split('{{accounts}}')
    const accountsLabel = payload.collections[ACCOUNTS]?.config.labels.plural
    items.push(
      <li key="none">
        {before}
        <a href={`/admin/collections/${ACCOUNTS}`}>
          {accountsLabel ? getTranslation(accountsLabel, lang) : ACCOUNTS}
        </a>
        {after}
      </li>,
    )
  }
  if (!items.length) return null
  return (
    <section
      aria-label={t('fanout:alertsRegion')}
      className="herold-channel-alerts banner banner--type-warning"
      role="status"
    >
      <strong>{t('fanout:alerts')}</strong>
      <ul style={{ marginBottom: 0 }}>{items}</ul>
    </section>
  )
}

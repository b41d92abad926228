import type { Payload } from 'payload'

import React from 'react'

import { accountRulesProblem, loadAccountRules } from '../engine/account-rules'
import type { AccountDoc } from '../engine/accounts'
import { fanoutContext } from '../engine/context'
import { ACCOUNTS, DELIVERIES } from '../constants'

/**
 * On the admin dashboard: channels that need a person (a rejected token) and deliveries that
 * failed or wait for an editor, so that nobody learns about them from residents.
 */
export const ChannelAlerts = async ({ payload }: { payload: Payload }) => {
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
      Object.values(fanoutContext(payload).channels).map((channel) => channel?.alerts?.(payload)),
    ),
  ])
  const enabled = (
    await payload.find({
      collection: ACCOUNTS,
      depth: 0,
      limit: 50,
      overrideAccess: true,
      pagination: false,
      where: { enabled: { equals: true } },
    })
  ).docs as unknown as AccountDoc[]
  // A channel whose rules of discussion were unpublished holds its posts until they are back.
  const withoutRules = (
    await Promise.all(
      enabled.map(async (a) => ({
        account: a,
        problem: accountRulesProblem(a, await loadAccountRules(payload, a)),
      })),
    )
  ).filter((a) => a.problem)
  const items: React.ReactNode[] = [
    ...(accounts.docs as { id: number | string; name: string; status?: { reason?: string } }[]).map(
      (a) => (
        <li key={`a${a.id}`}>
          <a href={`/admin/collections/${ACCOUNTS}/${a.id}`}>{a.name}</a>:{' '}
          {a.status?.reason ?? 'wymaga działania administratora.'}
        </li>
      ),
    ),
    ...withoutRules.map(({ account, problem }) => (
      <li key={`r${account.id}`}>
        <a href={`/admin/collections/${ACCOUNTS}/${account.id}`}>{account.name}</a>: wpisy czekają –{' '}
        {problem}
      </li>
    )),
  ]
  for (const alert of channelAlerts.flat()) {
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
              className="btn btn--style-secondary btn--size-small"
              style={{ margin: 0 }}
              type="submit"
            >
              {alert.action.label}
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
          Publikacje z błędem: {failed.totalDocs}
        </a>
      </li>,
    )
  if (waiting.totalDocs)
    items.push(
      <li key="waiting">
        <a href={`/admin/collections/${DELIVERIES}?where[state][equals]=needs_action`}>
          Publikacje czekające na działanie redaktora: {waiting.totalDocs}
        </a>
      </li>,
    )
  if (!enabled.length) {
    items.push(
      <li key="none">
        Kanały społecznościowe nie są skonfigurowane ani włączone: fanpage i grupa są pomijane.
        Dodaj je w <a href={`/admin/collections/${ACCOUNTS}`}>Kanały społecznościowe</a> (albo ustaw
        FACEBOOK_PAGE_ID i FACEBOOK_PAGE_TOKEN) i włącz je, wskazując opublikowane zasady dyskusji.
      </li>,
    )
  }
  if (!items.length) return null
  return (
    <section
      aria-label="Stan kanałów"
      className="herold-channel-alerts"
      role="status"
      style={{
        border: '1px solid var(--theme-warning-500)',
        borderRadius: 4,
        marginBottom: 'var(--base)',
        padding: 'calc(var(--base) / 2) var(--base)',
      }}
    >
      <strong>Kanały wymagają uwagi</strong>
      <ul>{items}</ul>
    </section>
  )
}

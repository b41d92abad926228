import { readSettings } from '../../plugins/fanout/newsletter/settings'
import type { SubscriberDoc } from '../../plugins/fanout/newsletter/subscription'
import { findByConfirmToken, findByManageToken } from '../../plugins/fanout/newsletter/tokens'
import { publicUnits, sitePayload } from './site'

export const consentText = async () => (await readSettings(await sitePayload())).consentText

export const subscriberByManageToken = async (token: string) =>
  findByManageToken<SubscriberDoc>(await sitePayload(), token)
export const subscriberByConfirmToken = async (token: string) =>
  findByConfirmToken<SubscriberDoc>(await sitePayload(), token)

export { publicUnits }

/** First value of a search parameter. */
export const param = (v: string | string[] | undefined) =>
  (Array.isArray(v) ? v[0] : v) ?? undefined

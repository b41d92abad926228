import {
  findByConfirmToken,
  findByManageToken,
  readSettings,
} from '../../plugins/newsletter/exports/server'
import type { SubscriberDoc } from '../../plugins/newsletter/exports/types'
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

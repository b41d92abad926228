import type { Payload } from 'payload'

import { type FanoutT, polishT } from '../i18n'
import { installFanoutT } from '../i18n-server'
import { fanoutContext } from './context'

const CHECK_EVERY_MS = 24 * 3600_000
const TIMEOUT_MS = 10_000

/** HEAD first (cheap); servers that refuse HEAD get a GET whose body is not read. */
export const probeUrl = async (
  url: string,
  timeoutMs = TIMEOUT_MS,
  t: FanoutT = polishT,
): Promise<{ error: null | string; status: null | number }> => {
  try {
    let res = await fetch(url, {
      method: 'HEAD',
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
    })
    if (res.status === 405 || res.status === 501) {
      res = await fetch(url, {
        method: 'GET',
        redirect: 'follow',
        signal: AbortSignal.timeout(timeoutMs),
      })
      await res.body?.cancel()
    }
    return { error: res.ok ? null : `HTTP ${res.status}`, status: res.status }
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError'
    return {
      error: timedOut
        ? t('fanout:bipCheckTimeout', { seconds: timeoutMs / 1000 })
        : t('fanout:bipCheckConnection', { detail: (error as Error).message }),
      status: null,
    }
  }
}

/** Checks the URLs of published BIP entries not checked for a day, and records the answer on each. */
export const checkBipUrls = async (payload: Payload, now = new Date(), limit = 20) => {
  const { collections } = fanoutContext(payload).options
  const due = await payload.find({
    collection: collections.bipReferences,
    depth: 0,
    limit,
    overrideAccess: true,
    sort: 'lastCheck.checkedAt',
    where: {
      and: [
        { state: { equals: 'published' } },
        {
          or: [
            { 'lastCheck.checkedAt': { exists: false } },
            {
              'lastCheck.checkedAt': {
                less_than: new Date(now.getTime() - CHECK_EVERY_MS).toISOString(),
              },
            },
          ],
        },
      ],
    },
  })
  // The error is stored on the entry: in the install's language.
  const t = await installFanoutT(payload)
  for (const entry of due.docs as { id: number | string; url: string }[]) {
    const { error, status } = await probeUrl(entry.url, TIMEOUT_MS, t)
    await payload.update({
      collection: collections.bipReferences,
      context: { fanoutUrlCheck: true },
      data: {
        lastCheck: { checkedAt: new Date().toISOString(), error, httpStatus: status },
      },
      id: entry.id,
      overrideAccess: true,
    })
  }
  return due.docs.length
}

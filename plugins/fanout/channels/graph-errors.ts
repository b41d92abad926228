import { type FanoutT, polishT } from '../i18n'
import type { Verdict } from './types'

/** A Graph API error as Facebook sends it, with the HTTP status and the usage headers. */
export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly body: {
      code?: number
      error_subcode?: number
      fbtrace_id?: string
      message?: string
      type?: string
    },
    readonly headers: Headers,
  ) {
    super(`Graph API ${status}: (#${body.code ?? '?'}) ${body.message ?? ''}`)
  }
}

/** Facebook's answer about an object that does not exist (any more): #100 with subcode 33. */
export const isGoneError = (error: unknown) =>
  error instanceof GraphError && error.body.code === 100 && error.body.error_subcode === 33

const RATE_LIMIT_CODES = new Set([4, 17, 32, 613])
const isRateLimit = (code: number) => RATE_LIMIT_CODES.has(code) || (code >= 80001 && code <= 80014)

type Usage = { app: number; business: number; page: number; regainMinutes: number }

const highest = (header: null | string) => {
  try {
    const values = JSON.parse(header ?? '{}') as Record<string, number>
    return Math.max(0, ...Object.values(values).filter((v) => typeof v === 'number'))
  } catch {
    return 0 // malformed header: no information
  }
}

/**
 * Reads X-App-Usage, X-Page-Usage (calls made with a Page token) and X-Business-Use-Case-Usage:
 * the highest percentage and the wait Facebook asks for.
 */
export const readUsage = (headers: Headers): Usage => {
  const usage: Usage = {
    app: highest(headers.get('x-app-usage')),
    business: 0,
    page: highest(headers.get('x-page-usage')),
    regainMinutes: 0,
  }
  try {
    const buc = JSON.parse(headers.get('x-business-use-case-usage') ?? '{}') as Record<
      string,
      Record<string, number>[]
    >
    for (const entries of Object.values(buc)) {
      for (const e of entries ?? []) {
        usage.business = Math.max(
          usage.business,
          e.call_count ?? 0,
          e.total_cputime ?? 0,
          e.total_time ?? 0,
        )
        usage.regainMinutes = Math.max(usage.regainMinutes, e.estimated_time_to_regain_access ?? 0)
      }
    }
  } catch {
    /* malformed header: no information */
  }
  return usage
}

export const THROTTLE_AT_PERCENT = 90

/** When usage is above 90 %, further calls wait: for the time Facebook names, or a minute. */
export const throttleFor = (headers: Headers): number => {
  const usage = readUsage(headers)
  if (usage.regainMinutes > 0) return usage.regainMinutes * 60_000
  return Math.max(usage.app, usage.page, usage.business) >= THROTTLE_AT_PERCENT ? 60_000 : 0
}

/** What a Graph API failure means for the delivery; `t` says it in the install's language. */
export const classifyGraphError = (error: unknown, t: FanoutT = polishT): Verdict => {
  if (!(error instanceof GraphError)) {
    const timedOut =
      error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')
    return timedOut
      ? {
          code: 'timeout',
          kind: 'retry',
          message: t('fanout:graphTimeout'),
          unknownOutcome: true,
        }
      : {
          code: 'network',
          kind: 'retry',
          message: t('fanout:graphNetwork'),
          unknownOutcome: true,
        }
  }
  const code = error.body.code ?? 0
  const tag = `graph_${code}${error.body.error_subcode ? `_${error.body.error_subcode}` : ''}`
  if (code === 1 || code === 2 || error.status >= 500) {
    return {
      code: tag,
      kind: 'retry',
      message: t('fanout:graphTransient'),
    }
  }
  if (isRateLimit(code)) {
    const minutes = Math.max(1, readUsage(error.headers).regainMinutes || 5)
    return {
      afterMs: minutes * 60_000,
      code: tag,
      kind: 'wait',
      message: t('fanout:graphRateLimit', { minutes }),
    }
  }
  if (code === 190) {
    return {
      accountWide: true,
      code: tag,
      kind: 'needs_action',
      message: t('fanout:graphTokenExpired'),
    }
  }
  if (code === 10 || (code >= 200 && code <= 299)) {
    return {
      accountWide: true,
      code: tag,
      kind: 'needs_action',
      message: t('fanout:graphNoPermission'),
    }
  }
  if (code === 368)
    return {
      code: tag,
      kind: 'fail',
      message: t('fanout:graphBlocked'),
    }
  if (code === 506)
    return {
      code: tag,
      kind: 'duplicate',
      message: t('fanout:graphDuplicate'),
    }
  if (code === 100)
    return {
      code: tag,
      kind: 'fail',
      message: t('fanout:graphBadParameter', {
        detail: error.body.message ?? t('fanout:graphInvalidParameter'),
      }),
    }
  return {
    code: tag,
    kind: 'fail',
    message: t('fanout:graphRejected', {
      detail: error.body.message ?? t('fanout:errorCode', { code }),
    }),
  }
}

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

const RATE_LIMIT_CODES = new Set([4, 17, 32, 613])
const isRateLimit = (code: number) => RATE_LIMIT_CODES.has(code) || (code >= 80001 && code <= 80014)

type Usage = { app: number; business: number; regainMinutes: number }

/** Reads X-App-Usage and X-Business-Use-Case-Usage: the highest percentage and the wait Facebook asks for. */
export const readUsage = (headers: Headers): Usage => {
  const usage: Usage = { app: 0, business: 0, regainMinutes: 0 }
  try {
    const app = JSON.parse(headers.get('x-app-usage') ?? '{}') as Record<string, number>
    usage.app = Math.max(0, ...Object.values(app).filter((v) => typeof v === 'number'))
  } catch {
    /* malformed header: no information */
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
  return Math.max(usage.app, usage.business) >= THROTTLE_AT_PERCENT ? 60_000 : 0
}

/** What a Graph API failure means for the delivery. */
export const classifyGraphError = (error: unknown): Verdict => {
  if (!(error instanceof GraphError)) {
    const timedOut =
      error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')
    return timedOut
      ? {
          code: 'timeout',
          kind: 'retry',
          message:
            'Facebook nie odpowiedział na czas; sprawdzimy, czy wpis się ukazał, zanim spróbujemy ponownie.',
          unknownOutcome: true,
        }
      : {
          code: 'network',
          kind: 'retry',
          message: 'Brak połączenia z Facebookiem; ponowimy próbę.',
          unknownOutcome: true,
        }
  }
  const code = error.body.code ?? 0
  const tag = `graph_${code}${error.body.error_subcode ? `_${error.body.error_subcode}` : ''}`
  if (code === 1 || code === 2 || error.status >= 500) {
    return {
      code: tag,
      kind: 'retry',
      message: 'Chwilowy błąd po stronie Facebooka; ponowimy próbę.',
    }
  }
  if (isRateLimit(code)) {
    const regain = readUsage(error.headers).regainMinutes
    return {
      afterMs: Math.max(1, regain || 5) * 60_000,
      code: tag,
      kind: 'wait',
      message: `Facebook ograniczył liczbę wywołań; kolejna próba za ${Math.max(1, regain || 5)} min.`,
    }
  }
  if (code === 190) {
    return {
      accountWide: true,
      code: tag,
      kind: 'needs_action',
      message:
        'Token strony wygasł lub został unieważniony. Administrator musi ponownie autoryzować fanpage (nowy token w ustawieniach kanału).',
    }
  }
  if (code === 10 || (code >= 200 && code <= 299)) {
    return {
      accountWide: true,
      code: tag,
      kind: 'needs_action',
      message:
        'Aplikacja nie ma uprawnień do publikacji na stronie (pages_manage_posts). Administrator strony musi nadać uprawnienia i zapisać nowy token.',
    }
  }
  if (code === 368)
    return {
      code: tag,
      kind: 'fail',
      message:
        'Facebook czasowo zablokował publikację z tej strony (naruszenie zasad lub podejrzenie nadużycia). Sprawdź komunikaty w Meta Business Suite.',
    }
  if (code === 506)
    return {
      code: tag,
      kind: 'duplicate',
      message:
        'Facebook odrzucił wpis jako duplikat identycznego wpisu opublikowanego przed chwilą.',
    }
  if (code === 100)
    return {
      code: tag,
      kind: 'fail',
      message: `Facebook odrzucił parametry wpisu: ${error.body.message ?? 'nieprawidłowy parametr'}.`,
    }
  return {
    code: tag,
    kind: 'fail',
    message: `Facebook odrzucił wpis: ${error.body.message ?? `błąd ${code}`}.`,
  }
}

import crypto from 'node:crypto'

import { type FanoutT, polishT } from '../i18n'
import { socialCopyOf } from './social-copy-of'
import {
  type Channel,
  type ChannelContext,
  HandoffRequired,
  type Published,
  type Verdict,
} from './types'

export const GROUP_MAX_LENGTH = 5000

/** Signature of an operator webhook: HMAC-SHA256 over `${timestamp}.${body}`, as the operator verifies it. */
export const signWebhookBody = (secret: string, timestamp: number, body: string) =>
  `sha256=${crypto.createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`

export class WebhookError extends Error {
  constructor(
    readonly status: number,
    readonly retryAfterSeconds: null | number,
    detail: string,
  ) {
    super(`Operator webhook answered ${status}: ${detail}`)
  }
}

const classifyWebhookError = (error: unknown, t: FanoutT = polishT): Verdict => {
  if (!(error instanceof WebhookError)) {
    return {
      code: 'network',
      kind: 'retry',
      message: t('fanout:groupNoAnswer'),
    }
  }
  const code = `http_${error.status}`
  if (error.status === 429 || error.status === 503) {
    const afterMs = (error.retryAfterSeconds ?? 60) * 1000
    return {
      afterMs,
      code,
      kind: 'wait',
      message: t('fanout:groupPause', { seconds: Math.ceil(afterMs / 1000) }),
    }
  }
  if (error.status >= 500 || error.status === 202)
    return {
      code,
      kind: 'retry',
      message: t('fanout:groupNotAccepted', { status: error.status }),
    }
  if (error.status === 401 || error.status === 403) {
    return {
      accountWide: true,
      code,
      kind: 'needs_action',
      message: t('fanout:groupBadSignature'),
    }
  }
  return { code, kind: 'fail', message: t('fanout:groupRejected', { status: error.status }) }
}

/** One signed call of the operator's webhook; its answer names the group post. */
const callOperator = async (
  payload: Record<string, unknown>,
  ctx: ChannelContext,
  options: { timeoutMs: number },
): Promise<Published> => {
  const body = JSON.stringify(payload)
  const timestamp = Math.floor(Date.now() / 1000)
  const timeout = AbortSignal.timeout(options.timeoutMs)
  const res = await fetch(String(ctx.account.settings.webhookUrl), {
    body,
    headers: {
      'content-type': 'application/json',
      'idempotency-key': String(ctx.deliveryId),
      'x-herold-signature': signWebhookBody(ctx.account.secret ?? '', timestamp, body),
      'x-herold-timestamp': String(timestamp),
    },
    method: 'POST',
    signal: ctx.signal ? AbortSignal.any([ctx.signal, timeout]) : timeout,
  })
  const text = await res.text()
  const answer = (() => {
    try {
      return JSON.parse(text) as { id?: string; postUrl?: string }
    } catch {
      return {}
    }
  })()
  if (!res.ok || !answer.postUrl) {
    const retryAfter = Number(res.headers.get('retry-after'))
    throw new WebhookError(
      res.ok ? 202 : res.status,
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
      text.slice(0, 200),
    )
  }
  return { externalId: answer.id ?? answer.postUrl, url: answer.postUrl }
}

/**
 * The residents' Facebook group. No API posts into groups any more (since Graph v19), so the post is
 * handed over: to the operator's signed webhook, or to an editor who pastes it and records the URL.
 */
export const groupChannel = (options: { timeoutMs: number }): Channel => ({
  slug: 'group',
  misconfiguration: (account, t = polishT) => {
    if (account.settings.mode !== 'webhook') return null
    if (!account.settings.webhookUrl) return t('fanout:groupNoWebhookUrl')
    if (!account.secret) return t('fanout:groupNoSecret')
    return null
  },
  render: (post, _account, t) => {
    const copy = socialCopyOf(post, 'group', GROUP_MAX_LENGTH, t)
    return {
      payload: {
        images: post.images.map((i) => ({ alt: i.alt, url: i.url })),
        link: copy.link,
        text: copy.message,
        title: post.title,
        unit: post.unitName,
      },
      shortened: copy.shortened,
      text: copy.message,
    }
  },
  publish: async (copy, ctx): Promise<Published> => {
    if (ctx.account.settings.mode !== 'webhook') {
      throw new HandoffRequired((ctx.t ?? polishT)('fanout:groupHandoff'))
    }
    return callOperator({ deliveryId: String(ctx.deliveryId), ...copy.payload }, ctx, options)
  },
  // A correction: a `post.updated` event for the operator's post, or a task to edit it by hand.
  correct: async (copy, ctx): Promise<Published> => {
    if (ctx.action !== 'update_event' || ctx.account.settings.mode !== 'webhook')
      throw new HandoffRequired((ctx.t ?? polishT)('fanout:correction:groupHandoff'))
    return callOperator(
      {
        deliveryId: String(ctx.deliveryId),
        event: 'post.updated',
        postId: ctx.original.externalId,
        postUrl: ctx.original.url,
        ...copy.payload,
      },
      ctx,
      options,
    )
  },
  // The operator deduplicates on the Idempotency-Key: sending again is how an unknown outcome is resolved.
  findExisting: async () => null,
  classify: classifyWebhookError,
})

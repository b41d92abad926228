import type { Endpoint } from 'payload'

import { translator } from '../../../src/domain/translate'
import { draftFromRequest, postForChannel } from '../../fanout/exports/server'
import { newsletterPreview } from '../email/post-preview'
import { createWindowLimiter } from '../subscription/rate-limit'
import type { NewsletterTranslationKeys } from '../translations'
import { json } from './request'

/** Test messages per user: enough to check a few edits, never a way to send mail in bulk. */
export const TEST_SEND_LIMIT = { max: 5, windowMs: 10 * 60_000 }
const mayTestSend = createWindowLimiter(TEST_SEND_LIMIT.max, TEST_SEND_LIMIT.windowMs)

/** What a test message's subject starts with, so nobody takes it for the real one. */
export const TEST_PREFIX = '[TEST] '

/**
 * `POST /api/newsletter/test-send` with `{ data }` (the post form's values, saved or not): the
 * newsletter e-mail of this post, rendered as subscribers would get it, to the signed-in user's
 * own address only, never to subscribers. Limited per user (in this process).
 */
export const testSendEndpoint: Endpoint = {
  handler: async (req) => {
    const t = translator<NewsletterTranslationKeys>(req.i18n)
    const draft = await draftFromRequest(req)
    if (!draft.ok) return json({ error: draft.message }, draft.status)
    const to = req.user?.email
    if (!to) return json({ error: t('newsletter:testNoAddress') }, 400)
    if (!mayTestSend(String(req.user!.id)))
      return new Response(
        JSON.stringify({
          error: t('newsletter:testLimit', {
            max: TEST_SEND_LIMIT.max,
            minutes: TEST_SEND_LIMIT.windowMs / 60_000,
          }),
        }),
        {
          headers: {
            'content-type': 'application/json',
            'retry-after': String(TEST_SEND_LIMIT.windowMs / 1000),
          },
          status: 429,
        },
      )
    const post = await postForChannel(req.payload, draft.view, 'newsletter')
    const email = await newsletterPreview(req.payload, post)
    try {
      await req.payload.sendEmail({
        html: email.html,
        subject: `${TEST_PREFIX}${email.subject}`,
        text: email.text,
        to,
      })
    } catch (error) {
      req.payload.logger.warn({ err: error, msg: 'Test newsletter e-mail refused' })
      return json({ error: t('newsletter:testFailed') }, 502)
    }
    return json({ message: t('newsletter:testSent', { email: to }) })
  },
  method: 'post',
  path: '/newsletter/test-send',
}

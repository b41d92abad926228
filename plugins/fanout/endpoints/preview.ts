import type { Endpoint } from 'payload'

import { draftFromRequest } from '../engine/draft-post'
import { renderPreviews } from '../engine/previews'

/**
 * `POST /api/fanout/preview` with `{ data }`, the post form's values (saved or not): every
 * channel's copy rendered by the channels' own code, never stored. For signed-in users; an editor
 * previews posts of their own units only.
 */
export const previewEndpoint: Endpoint = {
  handler: async (req) => {
    const draft = await draftFromRequest(req)
    if (!draft.ok)
      return Response.json({ errors: [{ message: draft.message }] }, { status: draft.status })
    return Response.json(await renderPreviews(req, draft.view), {
      headers: { 'cache-control': 'no-store' },
    })
  },
  method: 'post',
  path: '/fanout/preview',
}

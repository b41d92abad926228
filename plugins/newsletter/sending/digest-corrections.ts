import type { Payload, PayloadRequest } from 'payload'

import { idOf } from '../../../src/access/roles'
import { publicPostsWhere } from '../../../src/domain/public-visibility'
import { findDeliveries, loadPost, postForChannel } from '../../fanout/exports/server'
import { newsletterOptions } from '../context'
import { correctionBlock, type PostBlock } from '../email/messages'
import { newsletterTexts } from '../translate'

/**
 * The "Sprostowanie" entries of a digest: posts corrected in the period, each once, unless the
 * digest carries the post itself (then already in its corrected words).
 */
export const correctionBlocks = async (
  payload: Payload,
  period: { end: string; start: string },
  carried: readonly string[],
  req?: Partial<PayloadRequest>,
): Promise<PostBlock[]> => {
  const corrected = await findDeliveries(
    payload,
    {
      and: [
        { channel: { equals: 'newsletter' } },
        { correction: { exists: true } },
        { state: { equals: 'sent' } },
        { sentAt: { greater_than: period.start } },
        { sentAt: { less_than_equal: period.end } },
      ],
    },
    req,
    1000,
  )
  const postIds = [...new Set(corrected.map((d) => String(idOf(d.post))))].filter(
    (id) => !carried.includes(id),
  )
  if (!postIds.length) return []
  // Still what residents may see: a post withdrawn since is left out.
  const { docs } = await payload.find({
    collection: newsletterOptions(payload).collections.posts,
    depth: 0,
    limit: postIds.length,
    overrideAccess: true,
    pagination: false,
    req,
    select: {},
    where: { and: [publicPostsWhere(), { id: { in: postIds } }] },
  })
  const t = await newsletterTexts(payload)
  const blocks: PostBlock[] = []
  for (const { id } of docs as { id: number | string }[]) {
    const post = await loadPost(payload, id, req)
    if (post)
      blocks.push(
        correctionBlock(
          await postForChannel(payload, post, 'newsletter'),
          idOf(post.unit) == null ? null : String(idOf(post.unit)),
          t,
        ),
      )
  }
  return blocks
}

import type { Payload, PayloadRequest, Where } from 'payload'

import { idOf } from '../../../src/access/roles'
import { polishDate } from '../../../src/domain/dates'
import { publicPostsWhere } from '../../../src/domain/public-visibility'
import {
  findDeliveries,
  loadPost,
  postForChannel,
  updateDelivery,
} from '../../fanout/exports/server'
import { CAMPAIGNS } from '../constants'
import { newsletterOptions } from '../context'
import { type PostBlock, postBlock } from '../email/messages'
import { digestHeading } from '../email/post-preview'
import { newsletterTexts } from '../translate'
import { senderName } from '../email/sender-name'
import type { CampaignDoc, DigestKind } from '../types'
import { startCampaign } from './campaigns'
import { correctionBlocks } from './digest-corrections'

type Req = Partial<PayloadRequest>

const PERIOD_MS: Record<DigestKind, number> = {
  digest_daily: 24 * 3600_000,
  digest_weekly: 7 * 24 * 3600_000,
}

/**
 * A digest of what went into the newsletter since the previous digest of the same frequency.
 * `slot` names the scheduled moment, so that two workers firing for it make one digest.
 */
export const startDigest = async (payload: Payload, kind: DigestKind, slot: Date, req?: Req) => {
  const key = `${kind}:${slot.toISOString()}`
  const same = (await payload.db.findOne({
    collection: CAMPAIGNS,
    req,
    where: { key: { equals: key } },
  })) as CampaignDoc | null
  if (same) return same
  const previous = (
    await payload.db.find({
      collection: CAMPAIGNS,
      limit: 1,
      pagination: false,
      req,
      sort: '-periodEnd',
      where: { kind: { equals: kind } },
    })
  ).docs[0] as { periodEnd?: string } | undefined
  const periodEnd = slot.toISOString()
  const periodStart =
    previous?.periodEnd ?? new Date(slot.getTime() - PERIOD_MS[kind]).toISOString()
  if (periodStart >= periodEnd) return null
  const delivered = await findDeliveries(
    payload,
    {
      and: [
        { channel: { equals: 'newsletter' } },
        { correction: { exists: false } },
        { state: { equals: 'sent' } },
        { sentAt: { greater_than: periodStart } },
        { sentAt: { less_than_equal: periodEnd } },
      ],
    },
    req,
    1000,
  )
  const postIds = [...new Set(delivered.map((d) => String(idOf(d.post))))]
  // Still what residents may see: a post withdrawn since is left out.
  const { docs } = postIds.length
    ? await payload.find({
        collection: newsletterOptions(payload).collections.posts,
        depth: 0,
        limit: postIds.length,
        overrideAccess: true,
        pagination: false,
        req,
        select: {}, // the id alone
        sort: '-publishedAt',
        where: { and: [publicPostsWhere(), { id: { in: postIds } }] },
      })
    : { docs: [] }
  const blocks: PostBlock[] = []
  const texts = await newsletterTexts(payload)
  for (const { id } of docs as { id: number | string }[]) {
    const post = await loadPost(payload, id, req)
    if (post)
      blocks.push(
        postBlock(
          await postForChannel(payload, post, 'newsletter'),
          idOf(post.unit) == null ? null : String(idOf(post.unit)),
          false,
          texts,
        ),
      )
  }
  blocks.push(
    ...(await correctionBlocks(
      payload,
      { end: periodEnd, start: periodStart },
      blocks.map((b) => b.postId),
      req,
    )),
  )
  if (!blocks.length) return null
  const urgentPosts = blocks.filter((b) => b.urgent).map((b) => b.postId)
  const alerts = urgentPosts.length
    ? (
        await payload.db.find<{ id: number | string; key: string }>({
          collection: CAMPAIGNS,
          limit: urgentPosts.length,
          pagination: false,
          req,
          select: { key: true },
          where: { key: { in: urgentPosts.map((p) => `alert:${p}`) } },
        })
      ).docs.map((c) => ({ campaign: c.id, post: c.key.slice('alert:'.length) }))
    : []
  const name = await senderName(payload)
  const t = await newsletterTexts(payload)
  const heading = digestHeading(t, kind, name)
  const campaign = await startCampaign(
    payload,
    {
      content: {
        alerts,
        blocks,
        intro: t('newsletter:digest-intro'),
        senderName: name,
        title: heading.title,
      },
      key,
      kind,
      periodEnd,
      periodStart,
      posts: blocks.map((b) => b.postId),
      subject: heading.subject,
    },
    req,
  )
  await showDigestOnDeliveries(
    payload,
    campaign,
    kind,
    (docs as { id: number | string }[]).map((d) => d.id),
    req,
  )
  return campaign
}

const SENT_IN = {
  digest_daily: 'newsletter:digest-sentIn-daily',
  digest_weekly: 'newsletter:digest-sentIn-weekly',
} as const

/** A post's newsletter delivery names the digest that carried it (the latest, when both frequencies did). */
const showDigestOnDeliveries = async (
  payload: Payload,
  campaign: Pick<CampaignDoc, 'id'> & { periodEnd?: string },
  kind: DigestKind,
  postIds: (number | string)[],
  req?: Req,
) => {
  const { siteUrl } = newsletterOptions(payload)
  const data = {
    externalId: `campaign:${campaign.id}`,
    externalUrl: `${siteUrl}/admin/collections/${CAMPAIGNS}/${campaign.id}`,
    reason: (await newsletterTexts(payload))(SENT_IN[kind], {
      date: polishDate(campaign.periodEnd, true),
    }),
  }
  const where: Where = { and: [{ channel: { equals: 'newsletter' } }, { post: { in: postIds } }] }
  for (const delivery of await findDeliveries(payload, where, req))
    await updateDelivery(payload, delivery, data, req)
}

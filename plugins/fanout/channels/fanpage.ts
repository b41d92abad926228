import { polishT } from '../i18n'
import { socialCopyOf } from './social-copy-of'
import { graphCall, type GraphOptions } from './graph-client'
import { classifyGraphError, isGoneError } from './graph-errors'
import type { Channel, ChannelContext, Published } from './types'

/** Facebook accepts 63 206 characters, but a feed post is read on a phone: keep it short. */
export const FANPAGE_MAX_LENGTH = 2000

type FeedItem = { created_time?: string; id: string; message?: string; permalink_url?: string }

const pageOf = (ctx: ChannelContext) => String(ctx.account.settings.pageId ?? '')
const tokenOf = (ctx: ChannelContext) => {
  if (!ctx.account.secret) throw new Error('No page token')
  return ctx.account.secret
}
const permalink = (id: string, given?: string) => given ?? `https://www.facebook.com/${id}`

/** The office's Facebook Page through the Graph API. */
export const fanpageChannel = (graph: GraphOptions): Channel => ({
  slug: 'fanpage',
  misconfiguration: (account, t = polishT) => {
    if (!account.settings.pageId) return t('fanout:fanpageNoPageId')
    if (!account.secret) return t('fanout:fanpageNoToken')
    return null
  },
  render: (post, _account, t) => {
    const copy = socialCopyOf(post, 'fanpage', FANPAGE_MAX_LENGTH, t)
    const images = post.images.filter((i) => i.filePath).slice(0, 10)
    return {
      payload: {
        images: images.map((i) => ({ alt: i.alt, filePath: i.filePath, mimeType: i.mimeType })),
        link: images.length ? null : copy.link,
        message: copy.message,
      },
      shortened: copy.shortened,
      text: copy.message,
    }
  },
  publish: async (copy, ctx) => {
    const token = tokenOf(ctx)
    const page = pageOf(ctx)
    const { images, link, message } = copy.payload as {
      images: { alt: string; filePath: string; mimeType: string }[]
      link: null | string
      message: string
    }
    let throttleUntil: Date | null = null
    const params: Record<string, string> = { message }
    if (images.length) {
      // Several photos: stage each unpublished, then attach them to one feed post.
      const media: string[] = []
      for (const image of images) {
        const staged = await graphCall<{ id: string }>(
          graph,
          token,
          'POST',
          `${page}/photos`,
          { alt_text_custom: image.alt, published: 'false' },
          { field: 'source', filePath: image.filePath, mimeType: image.mimeType },
          ctx.signal,
        )
        media.push(staged.body.id)
        throttleUntil = staged.throttleUntil ?? throttleUntil
      }
      params.attached_media = JSON.stringify(media.map((id) => ({ media_fbid: id })))
    } else if (link) {
      params.link = link
    }
    const posted = await graphCall<{ id: string }>(
      graph,
      token,
      'POST',
      `${page}/feed`,
      params,
      undefined,
      ctx.signal,
    )
    return {
      externalId: posted.body.id,
      throttleUntil: posted.throttleUntil ?? throttleUntil,
      url: permalink(posted.body.id),
    }
  },
  findExisting: async (copy, ctx): Promise<null | Published> => {
    const message = (copy.payload as { message: string }).message
    // Everything the Page published since the delivery was made, page by page: the copy is
    // recognised by its exact text, which rendering produces deterministically.
    let params: Record<string, string> = {
      fields: 'id,message,created_time,permalink_url',
      limit: '100',
      since: String(Math.floor(ctx.since.getTime() / 1000) - 60),
    }
    for (let page = 0; page < 20; page++) {
      const { body } = await graphCall<{
        data: FeedItem[]
        paging?: { cursors?: { after?: string }; next?: string }
      }>(graph, tokenOf(ctx), 'GET', `${pageOf(ctx)}/feed`, params, undefined, ctx.signal)
      const match = body.data.find((item) => item.message === message)
      if (match) return { externalId: match.id, url: permalink(match.id, match.permalink_url) }
      const after = body.paging?.cursors?.after
      if (!body.paging?.next || !after) return null
      params = { ...params, after }
    }
    return null
  },
  classify: classifyGraphError,
  correct: async (copy, ctx) => {
    // The Page cannot change a post's photos: those corrections go out as a new, marked post.
    if (ctx.action === 'repost') return fanpageChannel(graph).publish(copy, ctx)
    const id = ctx.original.externalId
    if (!id) throw new Error('No Page post to correct')
    // Setting the same message again changes nothing, so a repeated update is harmless.
    const updated = await graphCall<{ success?: boolean }>(
      graph,
      tokenOf(ctx),
      'POST',
      id,
      { message: (copy.payload as { message: string }).message },
      undefined,
      ctx.signal,
    )
    return {
      externalId: id,
      throttleUntil: updated.throttleUntil,
      url: ctx.original.url ?? permalink(id),
    }
  },
  takeDown: async (externalId, ctx) => {
    try {
      await graphCall(graph, tokenOf(ctx), 'DELETE', externalId, {}, undefined, ctx.signal)
    } catch (error) {
      // The post no longer exists (#100, subcode 33): an earlier call, or a person, deleted it.
      if (isGoneError(error)) return
      throw error
    }
  },
})

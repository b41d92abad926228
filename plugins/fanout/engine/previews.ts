// Every channel's copy of a post as its readers will see it, from the channels' own renderers.
import type { PayloadRequest } from 'payload'

import { GROUP_MAX_LENGTH } from '../channels/group'
import { FANPAGE_MAX_LENGTH } from '../channels/fanpage'
import { builtinAccount, type PostForChannel } from '../channels/types'
import { requestT } from '../i18n'
import { installFanoutT } from '../i18n-server'
import { seeMoreCut } from '../render/see-more'
import { contentOf, feedItemOf } from '../rss/build-feed'
import { lintGroupPost } from '../rules/group-lint'
import { loadAccountRules } from './account-rules'
import { enabledAccounts } from './accounts'
import { fanoutContext } from './context'
import { type PostView, postForChannel } from './post-view'

const length = (text: string) => [...text].length

const hostOf = (url: string) => {
  try {
    return new URL(url).host
  } catch {
    return url
  }
}

/** What the card of a link shows as its title: the BIP entry's for the BIP link, else the post's. */
const linkTitle = (view: PostView, link: string) =>
  typeof view.bipReference === 'object' && view.bipReference?.url === link
    ? view.bipReference.title
    : view.title

/** The post as a social channel renders it, under the rules of its first enabled account. */
const socialView = async (req: PayloadRequest, view: PostView, slug: 'fanpage' | 'group') => {
  const [account] = await enabledAccounts(req.payload, slug, req)
  const rules = account ? await loadAccountRules(req.payload, account, req) : null
  return postForChannel(req.payload, view, slug, rules)
}

const socialPreview = async (
  req: PayloadRequest,
  view: PostView,
  slug: 'fanpage' | 'group',
  limit: number,
) => {
  const channel = fanoutContext(req.payload).channels[slug]
  if (!channel) return null
  const post = await socialView(req, view, slug)
  // The copy in the install's language, as it will be published.
  const copy = channel.render(post, builtinAccount(slug, slug), await installFanoutT(req.payload))
  return {
    bipUrl: post.bipUrl,
    chars: length(copy.text),
    limit,
    ownCopy: Boolean(post.copy?.[slug]?.trim()),
    post,
    seeMore: seeMoreCut(copy.text),
    shortened: copy.shortened ?? false,
    payload: copy.payload,
    text: copy.text,
  }
}

/** The Page's post: text with its fold, and a link card or the photos Facebook will show. */
const fanpagePreview = async (req: PayloadRequest, view: PostView) => {
  const preview = await socialPreview(req, view, 'fanpage', FANPAGE_MAX_LENGTH)
  if (!preview) return null
  const { payload, post, ...rest } = preview
  const staged = (payload.images ?? []) as { filePath: string }[]
  const link = typeof payload.link === 'string' ? payload.link : null
  return {
    ...rest,
    images: post.images
      .filter((image) => staged.some((s) => s.filePath === image.filePath))
      .map(({ alt, url }) => ({ alt, url })),
    link: link ? { host: hostOf(link), title: linkTitle(view, link), url: link } : null,
  }
}

const groupPreview = async (req: PayloadRequest, view: PostView) => {
  const preview = await socialPreview(req, view, 'group', GROUP_MAX_LENGTH)
  if (!preview) return null
  const { payload: _sent, post, ...rest } = preview
  return {
    ...rest,
    images: post.images.map(({ alt, url }) => ({ alt, url })),
    lint: lintGroupPost(preview.text, undefined, requestT(req)),
  }
}

const newsletterPreview = async (req: PayloadRequest, view: PostView) => {
  const channel = fanoutContext(req.payload).channels.newsletter
  if (!channel?.preview) return null
  const post: PostForChannel = await postForChannel(req.payload, view, 'newsletter')
  const email = await channel.preview(post, { req })
  return { ...email, chars: length(email.text), ownCopy: Boolean(post.copy?.newsletter?.trim()) }
}

/** The post's item in the feeds, exactly as the feeds are built. */
const rssPreview = (req: PayloadRequest, view: PostView) => {
  const { siteUrl } = fanoutContext(req.payload).options
  const item = feedItemOf(view, siteUrl)
  return {
    content: contentOf(view, siteUrl),
    description: item.description,
    descriptionChars: length(item.description),
    link: item.url,
    title: item.title,
  }
}

/** Previews of the four channels for a post, saved or not. */
export const renderPreviews = async (req: PayloadRequest, view: PostView) => ({
  fanpage: await fanpagePreview(req, view),
  group: await groupPreview(req, view),
  newsletter: await newsletterPreview(req, view),
  rss: rssPreview(req, view),
})

export type Previews = Awaited<ReturnType<typeof renderPreviews>>

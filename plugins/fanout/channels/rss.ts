import { polishT } from '../i18n'
import { affectedFeeds } from '../rss/feed-keys'
import { refreshFeeds } from '../rss/feed-store'
import { guidOf } from '../rss/build-feed'
import {
  builtinAccount,
  type Channel,
  type ChannelContext,
  type Published,
  type RenderedCopy,
} from './types'

const rebuild = async (copy: RenderedCopy, ctx: ChannelContext): Promise<Published> => {
  await refreshFeeds(ctx.payload, copy.payload.feeds as string[])
  return {
    externalId: String(copy.payload.guid),
    url: (copy.payload.link as null | string) ?? null,
  }
}

/**
 * The site's RSS feeds as a channel: publishing a post rebuilds the feeds it belongs in. Feeds are
 * built from what residents may see, so publishing again is harmless and needs no lookup.
 */
export const rssChannel = (siteUrl: string): Channel => ({
  builtin: builtinAccount('rss', polishT('fanout:rssChannelName')),
  classify: (error, t = polishT) => ({
    kind: 'retry',
    message: t('fanout:rssRefreshFailed', {
      detail: error instanceof Error ? error.message : String(error),
    }),
  }),
  findExisting: async () => null,
  misconfiguration: () => null,
  publish: (copy, ctx) => rebuild(copy, ctx),
  // The item keeps its guid: readers see the same item with the corrected content.
  correct: (copy, ctx) => rebuild(copy, ctx),
  render: (post) => {
    const feeds = affectedFeeds({ category: post.category, unitSlug: post.unitSlug })
    return {
      payload: { feeds, guid: guidOf(post, siteUrl), link: post.postUrl },
      text: [
        post.title,
        post.lead,
        post.postUrl,
        post.bipUrl ? `Oficjalna publikacja w BIP: ${post.bipUrl}` : null,
      ]
        .filter(Boolean)
        .join('\n\n'),
    }
  },
  slug: 'rss',
})

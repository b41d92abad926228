import { asksRevalidation } from '../../plugins/fanout/exports/feed-http'
import {
  ALL_FEED,
  currentFeed,
  type FeedKey,
  feedResponse,
  feedUnavailable,
  notFoundFeed,
  slugOfFeedFile,
} from '../../plugins/fanout/exports/rss'
import { categoryOfSlug } from '../domain/taxonomy'
import { sitePayload } from './site'

/**
 * Serves one feed from the fan-out's cache (never building it on the request path once built).
 * A database failure is a short Polish 503 (the feed edge then keeps its last copy), not a 500 page.
 */
export const serveFeed = async (request: Request, key: FeedKey | null) => {
  if (!key) return notFoundFeed(request)
  try {
    const feed = await currentFeed(await sitePayload(), key, {
      revalidate: asksRevalidation(request.headers.get('cache-control')),
    })
    return feed ? feedResponse(request, feed) : notFoundFeed(request)
  } catch (error) {
    console.error(`RSS feed ${key} could not be read:`, error)
    return feedUnavailable(request)
  }
}

export const allFeedKey = () => ALL_FEED

export const unitFeedKey = (file: string) => {
  const slug = slugOfFeedFile(file)
  return slug ? `unit:${slug}` : null
}

export const categoryFeedKey = (file: string) => {
  const slug = slugOfFeedFile(file)
  return slug && categoryOfSlug(slug) ? `category:${slug}` : null
}

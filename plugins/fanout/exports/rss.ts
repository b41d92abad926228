/**
 * For the host app's feed routes and the edge in front of them: feed names, serving from the
 * plugin's store, and the conditional-request rules both use.
 */
export { acceptsGzip, asksRevalidation, gzipEtagOf, notModified } from '../rss/conditional'
export { ALL_FEED, type FeedKey, slugOfFeedFile } from '../rss/feed-keys'
export { currentFeed, feedResponse, feedUnavailable, notFoundFeed } from '../rss/serve'

/**
 * For the host app's feed routes: feed names and serving from the plugin's store (the
 * conditional-request rules are in ./feed-http).
 */
export { ALL_FEED, type FeedKey, slugOfFeedFile } from '../rss/feed-keys'
export { currentFeed, feedResponse, feedUnavailable, notFoundFeed } from '../rss/serve'

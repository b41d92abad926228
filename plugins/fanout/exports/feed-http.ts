/**
 * For a cache in front of the feed routes, in the web server's own process outside Next.js: the
 * conditional-request rules alone, which load nothing of Payload (the rest of the plugin there
 * would cost that process ~90 MB of memory for nothing).
 */
export { acceptsGzip, asksRevalidation, gzipEtagOf, notModified } from '../rss/conditional'

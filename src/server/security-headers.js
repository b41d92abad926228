/**
 * Headers every answer of the instance carries: the admin, the public site, the API, feeds and
 * media (next.config.mjs for Next.js; src/server/feed-edge.ts for the feeds it answers itself).
 * - No page may be framed by another site (clickjacking of /admin/login and the admin's buttons):
 *   X-Frame-Options for older browsers, CSP frame-ancestors for the rest.
 * - nosniff: a file is only ever what its Content-Type says (no upload turned into a script).
 * - strict-origin-when-cross-origin: other sites learn only that a visitor came from the
 *   instance, never the path (admin URLs name documents), and nothing over plain http.
 * Plain JavaScript: next.config.mjs loads it without a compiler.
 */
export const SECURITY_HEADERS = Object.freeze({
  'Content-Security-Policy': "frame-ancestors 'none'",
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
})

import type { Where } from 'payload'

/**
 * What residents may see, on the public site, in feeds and newsletters: published posts, and of
 * public information only what its BIP entry already carries (BIP comes first).
 * The same rule as the fan-out's BIP gate (plugins/fanout/rules/bip-primacy.ts), as a query.
 */
export const publicPostsWhere = (now: Date = new Date()): Where => ({
  and: [
    { workflowState: { equals: 'published' } },
    {
      or: [
        { informationType: { not_equals: 'public_information' } },
        {
          and: [
            { 'bipReference.state': { equals: 'published' } },
            { 'bipReference.publishedAt': { less_than_equal: now.toISOString() } },
          ],
        },
      ],
    },
  ],
})

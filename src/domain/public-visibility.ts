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

/** A BIP entry as far as residents' visibility goes. */
export type BipVisibility = { publishedAt?: null | string; state?: null | string }

/**
 * Whether a published post is still held from residents because its BIP entry is not out: the
 * same rule as `publicPostsWhere`, for one post whose entry was read (`null`: none, or unreadable).
 */
export const heldForBip = (
  post: { informationType?: null | string; workflowState?: null | string },
  bip: BipVisibility | null,
  now: Date,
): boolean =>
  post.workflowState === 'published' &&
  post.informationType === 'public_information' &&
  !(
    bip?.state === 'published' &&
    bip.publishedAt != null &&
    new Date(bip.publishedAt).getTime() <= now.getTime()
  )

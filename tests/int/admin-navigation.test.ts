/**
 * What each role sees in the admin's navigation: a collection or global is listed when its
 * `admin.hidden` lets the user see it and the user may read it (Payload's own two tests). Internal
 * records (claims, attempts, caches, queues, the mailbox) are for admins or for nobody.
 */
import type { Payload } from 'payload'

import { createLocalReq, getAccessResults } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Gmina, makeGmina, type TestUser } from '../helpers/fixtures'
import { startPayload } from '../helpers/payload'

let payload: Payload
let g: Gmina

beforeAll(async () => {
  payload = await startPayload()
  g = await makeGmina(payload)
})
afterAll(async () => {
  await payload.destroy()
})

const navigation = async (user: TestUser) => {
  const req = await createLocalReq({ user }, payload)
  const permissions = await getAccessResults({ req })
  const shown = (
    entities: { admin: { hidden?: unknown }; slug: string }[],
    read: Record<string, { read?: boolean } | undefined>,
  ) =>
    entities
      .filter(({ admin, slug }) => {
        const hidden = typeof admin.hidden === 'function' ? admin.hidden({ user }) : admin.hidden
        return !hidden && read[slug]?.read
      })
      .map(({ slug }) => slug)
      .sort()
  return {
    collections: shown(payload.config.collections, permissions.collections ?? {}),
    globals: shown(payload.config.globals, permissions.globals ?? {}),
  }
}

// Records only the engine writes, or caches and queues: admins see some of them, nobody else any.
const INTERNAL = [
  'delivery-attempts',
  'dev-mailbox',
  'login-attempts',
  'newsletter-retry-claims',
  'notifications',
  'payload-jobs',
  'payload-kv',
  'payload-locked-documents',
  'payload-migrations',
  'payload-preferences',
  'rss-feeds',
]

describe('the admin navigation', () => {
  it('shows an editor the work of the desk only', async () => {
    expect(await navigation(g.editor)).toEqual({
      collections: [
        'bip-references',
        'complaints',
        'deliveries',
        'discussion-rules',
        'media',
        'moderation-entries',
        'posts',
        'social-comments',
        'units',
        'users',
      ],
      globals: ['category-policy'],
    })
  })

  it('shows an approver the desk, the distribution and the registers, not internal records', async () => {
    expect(await navigation(g.approver)).toEqual({
      collections: [
        'audit-log',
        'bip-references',
        'channel-accounts',
        'complaints',
        'deliveries',
        'discussion-rules',
        'media',
        'moderation-entries',
        'newsletter-campaigns',
        'newsletter-privacy-requests',
        'newsletter-recipients',
        'newsletter-subscribers',
        'post-corrections',
        'posts',
        'social-comments',
        'units',
        'users',
      ],
      globals: ['category-policy', 'newsletter-settings'],
    })
  })

  it('lists internal records to admins at most', async () => {
    for (const user of [g.editor, g.officeEditor, g.approver, g.approver2]) {
      const { collections } = await navigation(user)
      expect(collections.filter((slug) => INTERNAL.includes(slug))).toEqual([])
    }
    const admin = await navigation(g.admin)
    expect(admin.collections.filter((slug) => INTERNAL.includes(slug))).toEqual([
      'delivery-attempts',
      'payload-jobs',
      'rss-feeds',
    ])
    // Every collection of the config is either in someone's navigation or named internal here.
    const everyone = new Set([...admin.collections, ...INTERNAL])
    expect(payload.config.collections.map((c) => c.slug).filter((s) => !everyone.has(s))).toEqual(
      [],
    )
  })
})

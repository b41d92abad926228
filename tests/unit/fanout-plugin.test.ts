import type { Config, Payload } from 'payload'

import { pl } from '@payloadcms/translations/languages/pl'
import { describe, expect, it } from 'vitest'

import { fanoutPlugin } from '../../plugins/fanout'
import { newsletterChannel, newsletterPlugin } from '../../plugins/newsletter'

const base = (): Config =>
  ({
    collections: [
      { fields: [{ name: 'title', type: 'text' }], slug: 'posts' },
      { fields: [{ name: 'url', type: 'text' }], slug: 'bip-references' },
    ],
    jobs: { tasks: [] },
    onInit: async () => undefined,
  }) as unknown as Config

/** The plugin's own collections: social outbox, RSS cache. */
const OWN = ['channel-accounts', 'deliveries', 'delivery-attempts', 'rss-feeds', 'post-corrections']
/** The newsletter plugin's own collections. */
const NEWSLETTER_OWN = [
  'newsletter-subscribers',
  'newsletter-campaigns',
  'newsletter-recipients',
  'newsletter-retry-claims',
  'newsletter-privacy-requests',
]
const newsletterOptionsForTest = {
  clientIp: () => 'unknown',
  smtp: { configured: () => true, verify: async () => undefined },
}

describe('fanout plugin shape', () => {
  it('adds its collections, hooks, tasks and chains onInit', async () => {
    const calls: string[] = []
    const config = fanoutPlugin({ channels: [newsletterChannel(newsletterOptionsForTest)] })({
      ...base(),
      onInit: async () => void calls.push('instance'),
    })
    expect(config.collections!.map((c) => c.slug)).toEqual(['posts', 'bip-references', ...OWN])
    const posts = config.collections!.find((c) => c.slug === 'posts')!
    expect(posts.hooks?.afterChange).toHaveLength(1)
    expect(posts.fields.map((f) => ('name' in f ? f.name : ''))).toEqual([
      'title',
      'channelCopy',
      'livePreview',
      'fanoutSync',
      'fanout',
      'deliveries',
      'corrections',
    ])
    expect(config.endpoints!.map((e) => `${e.method} ${e.path}`)).toEqual(['post /fanout/preview'])
    expect(config.jobs!.tasks!.map((t) => t.slug)).toEqual(
      expect.arrayContaining([
        'fanoutDeliver',
        'fanoutSweep',
        'bipUrlCheck',
        'rssRefresh',
        'newsletterBatch',
        'newsletterMaintenance',
      ]),
    )
    // The plugin's start-up only counts documents: a stand-in Payload with just that.
    await config.onInit!({ count: async () => ({ totalDocs: 1 }) } as unknown as Payload)
    expect(calls).toEqual(['instance'])
  })

  it('makes the Page account its options configure before the instance starts (and seeds)', async () => {
    const calls: string[] = []
    const config = fanoutPlugin({
      secrets: () => ({ fanpage: { pageId: '1234', pageToken: 'token' } }),
    })({ ...base(), onInit: async () => void calls.push('instance') })
    // A stand-in Payload: no account yet, no published rules; records what is created.
    const payload = {
      config: { i18n: { fallbackLanguage: 'pl', supportedLanguages: { pl }, translations: {} } },
      count: async () => ({ totalDocs: 0 }),
      create: async ({ collection, data }: { collection: string; data: { kind: string } }) =>
        void calls.push(`${collection}:${data.kind}`),
      find: async () => ({ docs: [] }),
      logger: { warn: () => undefined },
    } as unknown as Payload
    await config.onInit!(payload)
    expect(calls).toEqual(['channel-accounts:fanpage', 'instance'])
  })

  it('keeps its collections but adds no behaviour when disabled', () => {
    const config = fanoutPlugin({ disabled: true })(base())
    expect(config.collections!.map((c) => c.slug)).toEqual(['posts', 'bip-references', ...OWN])
    expect(config.collections![0].hooks?.afterChange).toBeUndefined()
    expect(config.jobs!.tasks).toEqual([])
  })

  it('newsletter: adds its collections, settings and endpoints', () => {
    const config = newsletterPlugin(newsletterOptionsForTest)(base())
    expect(config.collections!.map((c) => c.slug)).toEqual([
      'posts',
      'bip-references',
      ...NEWSLETTER_OWN,
    ])
    expect(config.globals!.map((g) => g.slug)).toEqual(['newsletter-settings'])
    expect(config.endpoints!.map((e) => e.path)).toEqual(
      expect.arrayContaining(['/newsletter/unsubscribe/:token', '/newsletter/test-send']),
    )
  })

  it('newsletter: keeps its collections and settings but adds no behaviour when disabled', () => {
    const config = newsletterPlugin({ ...newsletterOptionsForTest, disabled: true })(base())
    expect(config.collections!.map((c) => c.slug)).toEqual([
      'posts',
      'bip-references',
      ...NEWSLETTER_OWN,
    ])
    expect(config.endpoints).toBeUndefined()
    expect(config.globals!.map((g) => g.slug)).toEqual(['newsletter-settings'])
  })

  it('takes options with defaults', () => {
    const config = fanoutPlugin({ autoRun: false, queues: { normal: 'q' } })(base())
    expect(config.jobs!.autoRun).toEqual([])
  })
})

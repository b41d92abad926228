import type { Config } from 'payload'

import { describe, expect, it } from 'vitest'

import { fanoutPlugin } from '../../plugins/fanout'

const base = (): Config =>
  ({
    collections: [
      { fields: [{ name: 'title', type: 'text' }], slug: 'posts' },
      { fields: [{ name: 'url', type: 'text' }], slug: 'bip-references' },
    ],
    jobs: { tasks: [] },
    onInit: async () => undefined,
  }) as unknown as Config

describe('fanout plugin shape', () => {
  it('adds its collections, hooks, tasks and chains onInit', async () => {
    const calls: string[] = []
    const config = fanoutPlugin()({ ...base(), onInit: async () => void calls.push('instance') })
    expect(config.collections!.map((c) => c.slug)).toEqual(['posts', 'bip-references', 'channel-accounts', 'deliveries', 'delivery-attempts'])
    const posts = config.collections!.find((c) => c.slug === 'posts')!
    expect(posts.hooks?.afterChange).toHaveLength(1)
    expect(posts.fields.map((f) => ('name' in f ? f.name : ''))).toEqual(['title', 'fanoutSync', 'fanout', 'deliveries'])
    expect(config.jobs!.tasks!.map((t) => t.slug)).toEqual(['fanoutDeliver', 'fanoutSweep', 'bipUrlCheck'])
    await config.onInit!({ count: async () => ({ totalDocs: 1 }) } as never)
    expect(calls).toEqual(['instance'])
  })

  it('keeps its collections but adds no behaviour when disabled', () => {
    const config = fanoutPlugin({ disabled: true })(base())
    expect(config.collections!.map((c) => c.slug)).toEqual(['posts', 'bip-references', 'channel-accounts', 'deliveries', 'delivery-attempts'])
    expect(config.collections![0].hooks?.afterChange).toBeUndefined()
    expect(config.jobs!.tasks).toEqual([])
  })

  it('takes options with defaults', () => {
    const config = fanoutPlugin({ autoRun: false, queues: { normal: 'q' } })(base())
    expect(config.jobs!.autoRun).toEqual([])
  })
})

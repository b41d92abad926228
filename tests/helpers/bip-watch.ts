/**
 * The BIP watcher tests' stage (tests/int/bip-watch*.test.ts): the fan-out stage (fake Graph API
 * and group operator, a gmina) plus a fake BIP on loopback and a BIP source reading its RSS feed
 * and sitemap. Requests to the BIP time out after a second here.
 */
import type { Payload } from 'payload'

import { afterAll, beforeAll } from 'vitest'

import { POLL_TASK, WATCH_QUEUE } from '../../plugins/bip-watch/exports/server'
import type { BipReference, BipSource } from '../../src/payload-types'
import { type FakeBip, startFakeBip } from '../fakes/bip'
import { g, payload, useFanoutStage } from './fanout-stage'

process.env.HEROLD_BIP_TIMEOUT_MS = '1000'

export let bip: FakeBip
export let source: BipSource

/** One run of the watcher's scheduled task through the Jobs Queue, as the worker runs it. */
export const pollOnce = async (p: Payload = payload) => {
  await p.jobs.queue({ input: {}, queue: WATCH_QUEUE, task: POLL_TASK })
  await p.jobs.run({ queue: WATCH_QUEUE, silent: true })
}

export const entryAt = async (url: string) =>
  (
    await payload.find({
      collection: 'bip-references',
      depth: 0,
      overrideAccess: true,
      where: { url: { equals: url } },
    })
  ).docs[0] as BipReference | undefined

export const sourceNow = () =>
  payload.findByID({ collection: 'bip-sources', depth: 0, id: source.id, overrideAccess: true })

export const useBipWatchStage = (feed: 'atom.xml' | 'rss.xml' = 'rss.xml') => {
  useFanoutStage()
  beforeAll(async () => {
    bip = await startFakeBip()
    source = await payload.create({
      collection: 'bip-sources',
      data: {
        feedUrl: `${bip.url}/${feed}`,
        name: 'BIP Gminy Testowo',
        sitemapUrl: `${bip.url}/sitemap.xml`,
        unit: g.office.id,
      },
      overrideAccess: true,
    })
  })
  afterAll(async () => {
    await bip?.close()
  })
}

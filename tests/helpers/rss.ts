/**
 * The RSS tests' stage (tests/int/rss-*.test.ts): a Payload on a fresh database per file with an
 * uploaded image, and how a reader fetches and reads a feed.
 */
import type { Payload } from 'payload'
import { parseFeed } from '@rowanmanning/feed-parser'
import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll } from 'vitest'

import { currentFeed, REVALIDATE_MS } from '../../plugins/fanout/rss/serve'
import { act, draftPost, type Gmina, makeGmina } from './fixtures'
import { drain } from './fanout'
import { startPayload } from './payload'

export let payload: Payload
export let g: Gmina
export let imageId: number
export let imageBytes: number

export const SITE = 'https://wislotki.example'
export const RFC822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/

export const publish = async (unit: { id: number }, data: Record<string, unknown>) => {
  const post = await draftPost(payload, g.approver, unit, { channels: ['rss'], ...data })
  await act(payload, g.approver, post.id, 'submit')
  const approved = await act(payload, g.approver2, post.id, 'approve')
  await drain(payload)
  return approved
}

/** The feed as a reader would fetch it: past the one-second revalidation window. */
export const fetchFeed = async (key: string) => {
  await new Promise((r) => setTimeout(r, REVALIDATE_MS + 50))
  const feed = await currentFeed(payload, key)
  return feed ? { etag: feed.etag, xml: Buffer.from(feed.body).toString('utf8') } : null
}
export const itemTitles = (xml: string) => parseFeed(xml).items.map((i) => i.title)

export const useRssStage = () => {
  beforeAll(async () => {
    process.env.SERVER_URL = SITE
    payload = await startPayload()
    g = await makeGmina(payload)
    const data = await sharp({
      create: { background: '#2a6f3a', channels: 3, height: 900, width: 1600 },
    })
      .jpeg()
      .toBuffer()
    const media = await payload.create({
      collection: 'media',
      data: { alt: 'Scena festynu na boisku szkolnym' },
      file: { data, mimetype: 'image/jpeg', name: 'festyn.jpg', size: data.length },
      overrideAccess: true,
    })
    imageId = media.id
    const fanpageSize = (media as unknown as { sizes: { fanpage: { filename: string } } }).sizes
      .fanpage
    imageBytes = fs.statSync(path.join(process.env.MEDIA_DIR!, fanpageSize.filename)).size
  })
  afterAll(async () => {
    await payload?.destroy()
  })
}

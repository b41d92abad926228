import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sweep } from '../../plugins/fanout/outbox/sweep'
import type { Post as PostDoc } from '../../src/payload-types'
import type { FakeGraph } from '../fakes/graph-api'
import type { FakeOperator } from '../fakes/group-operator'
import { act, draftPost, type Gmina, makeGmina } from '../helpers/fixtures'
import { deliveriesOf, drain, startFanout } from '../helpers/fanout'

/** A small seeded generator, so that a failing sequence can be replayed with BIP_SEED. */
const mulberry32 = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

let payload: Payload
let graph: FakeGraph
let operator: FakeOperator
let g: Gmina

beforeAll(async () => {
  ;({ graph, operator, payload } = await startFanout())
  g = await makeGmina(payload)
})
afterAll(async () => {
  await payload?.destroy()
  await graph?.close()
  await operator?.close()
})

type Bip = { id: number; url: string }
type Post = { id: number; tag: string }

describe('BIP invariant under random sequences', () => {
  const seeds = process.env.BIP_SEED ? [Number(process.env.BIP_SEED)] : [11, 2026, 4242, 7, 99]

  for (const seed of seeds) {
    it(`never sends public information before its BIP entry is published (seed ${seed})`, async () => {
      const random = mulberry32(seed)
      const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]
      const bips: Bip[] = []
      for (let i = 0; i < 4; i++) {
        const url = `https://bip.testowo.example/s${seed}-${i}`
        const doc = await payload.create({
          collection: 'bip-references',
          data: { producingUnit: g.office.id, state: 'draft', title: `Wpis ${i}`, url },
          overrideAccess: true,
        })
        bips.push({ id: doc.id, url })
      }
      const posts: Post[] = []
      const seenPage = new Set(graph.posts.map((p) => p.id))
      const seenGroup = new Set(operator.posts.map((p) => p.key))
      const log: string[] = []

      /** Every copy that appeared since the last look must satisfy BIP primacy right now: nothing changed since it was sent. */
      const checkNewCopies = async () => {
        const fresh = [
          ...graph.posts
            .filter((p) => !seenPage.has(p.id))
            .map((p) => ({ key: p.id, seen: seenPage, text: p.message ?? '' })),
          ...operator.posts
            .filter((p) => !seenGroup.has(p.key))
            .map((p) => ({ key: p.key, seen: seenGroup, text: String(p.body.text) })),
        ]
        for (const copy of fresh) {
          copy.seen.add(copy.key)
          const post = posts.find((p) => copy.text.includes(p.tag))
          if (!post) continue
          const doc = await payload.findByID({
            collection: 'posts',
            depth: 1,
            id: post.id,
            overrideAccess: true,
          })
          if (doc.informationType !== 'public_information') continue
          const bip = doc.bipReference as {
            publishedAt?: string
            state: string
            url: string
          } | null
          const context = `seed ${seed}, ${post.tag}, steps:\n${log.slice(-12).join('\n')}`
          expect(bip?.state, context).toBe('published')
          expect(new Date(bip!.publishedAt!).getTime(), context).toBeLessThanOrEqual(Date.now())
          expect(copy.text, context).toContain(bip!.url)
        }
      }

      const steps: Record<string, () => Promise<void>> = {
        newPost: async () => {
          const tag = `[S${seed}-P${posts.length}]`
          const informationType = pick<NonNullable<PostDoc['informationType']>>([
            'public_information',
            'public_information',
            'local_news',
            'urgent_alert',
          ])
          const bip =
            informationType === 'public_information' && random() < 0.85 ? pick(bips) : null
          const post = await draftPost(payload, g.approver, g.office, {
            bipReference: bip?.id ?? null,
            category: 'official',
            channels: ['fanpage', 'group'],
            informationType,
            title: `Wpis ${tag}`,
          })
          posts.push({ id: post.id, tag })
          if (informationType === 'public_information' && !bip) {
            await expect(act(payload, g.approver, post.id, 'submit')).rejects.toThrow(/BIP/)
            return
          }
          await act(payload, g.approver, post.id, 'submit')
          await act(payload, g.approver2, post.id, 'approve')
        },
        publishBip: async () => {
          const bip = pick(bips)
          const future = random() < 0.2
          const publishedAt = new Date(Date.now() + (future ? 3600_000 : -60_000)).toISOString()
          await payload.update({
            collection: 'bip-references',
            data: { publishedAt, state: 'published' },
            id: bip.id,
            overrideAccess: true,
          })
          log.push(`publish ${bip.url}${future ? ' (in an hour)' : ''}`)
        },
        withdrawBip: async () => {
          const bip = pick(bips)
          await payload.update({
            collection: 'bip-references',
            data: { state: 'withdrawn' },
            id: bip.id,
            overrideAccess: true,
          })
          log.push(`withdraw ${bip.url}`)
        },
        draftBip: async () => {
          const bip = pick(bips)
          await payload.update({
            collection: 'bip-references',
            data: { state: 'draft' },
            id: bip.id,
            overrideAccess: true,
          })
          log.push(`back to draft ${bip.url}`)
        },
        switchBip: async () => {
          if (!posts.length) return
          const post = pick(posts)
          const bip = pick(bips)
          await payload.update({
            collection: 'posts',
            data: { bipReference: bip.id },
            id: post.id,
            overrideAccess: false,
            user: g.admin,
          })
          log.push(`${post.tag} now cites ${bip.url}`)
        },
        retype: async () => {
          if (!posts.length) return
          const post = pick(posts)
          const doc = await payload.findByID({
            collection: 'posts',
            depth: 0,
            id: post.id,
            overrideAccess: true,
          })
          const informationType =
            doc.informationType === 'public_information' ? 'local_news' : 'public_information'
          await payload.update({
            collection: 'posts',
            data: { bipReference: doc.bipReference ?? pick(bips).id, informationType },
            id: post.id,
            overrideAccess: false,
            user: g.admin,
          })
          log.push(`${post.tag} is now ${informationType}`)
        },
        drain: async () => {
          await drain(payload, 3)
          log.push('drain')
        },
        sweep: async () => {
          await sweep(payload)
          log.push('sweep')
        },
      }
      const weights: [string, number][] = [
        ['newPost', 5],
        ['publishBip', 3],
        ['withdrawBip', 2],
        ['draftBip', 1],
        ['switchBip', 2],
        ['retype', 1],
        ['drain', 6],
        ['sweep', 1],
      ]
      const total = weights.reduce((sum, [, w]) => sum + w, 0)
      for (let i = 0; i < 70; i++) {
        let roll = random() * total
        const [name] = weights.find(([, w]) => (roll -= w) < 0)!
        await steps[name]()
        await checkNewCopies()
      }

      // Liveness: once every entry is published, everything held goes out (and still obeys the rule).
      for (const bip of bips) {
        await payload.update({
          collection: 'bip-references',
          data: { publishedAt: new Date(Date.now() - 1000).toISOString(), state: 'published' },
          id: bip.id,
          overrideAccess: true,
        })
      }
      await drain(payload)
      await checkNewCopies()
      for (const post of posts) {
        const doc = await payload.findByID({
          collection: 'posts',
          depth: 0,
          id: post.id,
          overrideAccess: true,
        })
        if (doc.workflowState !== 'published') continue
        const states = (await deliveriesOf(payload, post.id)).map((d) => d.state)
        expect(states, `${post.tag} of seed ${seed}`).toEqual(['sent', 'sent'])
      }
    }, 120_000)
  }
})

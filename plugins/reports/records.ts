import { idOf, type Ref } from '../../src/access/roles'
import { lexicalToPlainText } from '../../src/domain/lexical-text'
import type {
  BipReference,
  BipReferencesSelect,
  DeliveriesSelect,
  Delivery,
  Post,
  PostsSelect,
} from '../../src/payload-types'
import type { BipRecord, DeliveryRecord, PostRecord } from './types'

/** The fields each report reads, and how a document becomes its plain record. */
export const str = (value: null | Ref | undefined) => (value == null ? null : String(idOf(value)))
export const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null)

export const POST_SELECT: PostsSelect<true> = {
  approvalLog: true,
  bipReference: true,
  category: true,
  informationType: true,
  publishedAt: true,
  slug: true,
  title: true,
  unit: true,
  workflowState: true,
}

export const toPost = (p: Post): PostRecord => ({
  approvalLog: (p.approvalLog ?? []).map((e) => ({
    at: iso(e.at)!,
    decision: e.decision,
    from: e.from ?? null,
    to: e.to ?? null,
  })),
  bipReference: str(p.bipReference),
  category: p.category,
  id: String(p.id),
  informationType: p.informationType,
  publishedAt: iso(p.publishedAt),
  slug: p.slug ?? null,
  text: [p.title, p.lead, p.body ? lexicalToPlainText(p.body) : ''].filter(Boolean).join('\n'),
  title: p.title,
  unit: str(p.unit),
  workflowState: p.workflowState,
})

export const toDelivery = (d: Delivery): DeliveryRecord => ({
  channel: d.channel,
  id: String(d.id),
  post: String(idOf(d.post)),
  reach: d.reach ? { ...d.reach, fetchedAt: iso(d.reach.fetchedAt) } : null,
  sentAt: iso(d.sentAt),
  state: d.state,
  unit: str(d.unit),
})

export const toBip = (b: BipReference): BipRecord => ({
  caseReference: b.caseReference ?? null,
  id: String(b.id),
  producingUnit: str(b.producingUnit),
  publishedAt: iso(b.publishedAt),
  state: b.state,
  title: b.title,
  url: b.url,
})

export const DELIVERY_SELECT: DeliveriesSelect<true> = {
  channel: true,
  correction: true,
  post: true,
  reach: true,
  sentAt: true,
  state: true,
  unit: true,
}
export const BIP_SELECT: BipReferencesSelect<true> = {
  caseReference: true,
  producingUnit: true,
  publishedAt: true,
  state: true,
  title: true,
  url: true,
}

import type {
  BipRecord,
  DeliveryRecord,
  PostRecord,
  UnitRecord,
} from '../../../plugins/reports/exports/types'

/** The data set's units, BIP entries, posts and their deliveries (see ./index.ts). */

export const UNITS: UnitRecord[] = [
  { id: 'u1', name: 'Urząd Gminy', slug: 'urzad' },
  { id: 'u2', name: 'Szkoła Podstawowa', slug: 'szkola' },
]

export const BIPS: BipRecord[] = [
  {
    caseReference: 'OR.0003.1.2025',
    id: 'b1',
    producingUnit: 'u1',
    publishedAt: '2025-03-10T08:00:00.000Z',
    state: 'published',
    title: 'Zawiadomienie o sesji',
    url: 'https://bip.example/b1',
  },
  {
    caseReference: null,
    id: 'b2',
    producingUnit: 'u1',
    publishedAt: null,
    state: 'draft',
    title: 'Projekt uchwały',
    url: 'https://bip.example/b2',
  },
  {
    caseReference: 'OR.0050.3.2025',
    id: 'b3',
    producingUnit: 'u1',
    publishedAt: '2025-03-28T09:00:00.000Z',
    state: 'withdrawn',
    title: 'Zarządzenie wycofane',
    url: 'https://bip.example/b3',
  },
  {
    caseReference: 'ZP.271.4.2025',
    id: 'b4',
    producingUnit: 'u1',
    publishedAt: '2025-04-10T10:00:00.000Z',
    state: 'published',
    title: 'Ogłoszenie o przetargu',
    url: 'https://bip.example/b4',
  },
  {
    caseReference: 'OR.0007.5.2025',
    id: 'b5',
    producingUnit: 'u1',
    publishedAt: '2025-03-15T10:00:00.000Z',
    state: 'published',
    title: 'Uchwała budżetowa',
    url: 'https://bip.example/b5',
  },
  {
    caseReference: 'OR.0007.6.2025',
    id: 'b6',
    producingUnit: 'u1',
    publishedAt: '2025-01-10T10:00:00.000Z',
    state: 'published',
    title: 'Uchwała styczniowa',
    url: 'https://bip.example/b6',
  },
]

const log = (submitAt: string, approvedAt: string, auto = false): PostRecord['approvalLog'] => [
  { at: submitAt, decision: 'submit', from: 'draft', to: 'in_review' },
  {
    at: approvedAt,
    decision: auto ? 'auto_approve' : 'approve',
    from: 'in_review',
    to: 'approved',
  },
  { at: approvedAt, decision: 'publish', from: 'approved', to: 'published' },
]
const post = (p: Partial<PostRecord> & Pick<PostRecord, 'id' | 'title'>): PostRecord => ({
  approvalLog: [],
  bipReference: null,
  category: 'official',
  informationType: 'local_news',
  publishedAt: null,
  slug: p.id,
  text: p.title,
  unit: 'u1',
  workflowState: 'published',
  ...p,
})

export const POSTS: PostRecord[] = [
  post({
    approvalLog: log('2025-03-09T08:00:00.000Z', '2025-03-09T12:00:00.000Z'),
    bipReference: 'b1',
    category: 'council_sessions',
    id: 'p1',
    informationType: 'public_information',
    publishedAt: '2025-03-10T10:00:00.000Z',
    title: 'Sesja rady',
  }),
  post({
    approvalLog: log('2025-03-19T08:00:00.000Z', '2025-03-20T08:00:00.000Z'),
    id: 'p2',
    publishedAt: '2025-03-20T09:00:00.000Z',
    text: 'Zarządzenie wójta o godzinach pracy',
    title: 'Godziny pracy urzędu',
  }),
  post({
    approvalLog: log('2025-03-27T10:00:00.000Z', '2025-03-27T12:00:00.000Z'),
    bipReference: 'b3',
    id: 'p3',
    informationType: 'public_information',
    publishedAt: '2025-03-28T08:00:00.000Z',
    title: 'Zarządzenie',
  }),
  post({
    approvalLog: log('2025-04-02T07:00:00.000Z', '2025-04-02T07:00:00.000Z', true),
    category: 'education',
    id: 'p4',
    publishedAt: '2025-04-02T07:00:00.000Z',
    text: 'Zapraszamy na festyn rodzinny',
    title: 'Festyn',
    unit: 'u2',
  }),
  post({
    category: 'education',
    id: 'p5',
    publishedAt: '2025-02-28T10:00:00.000Z',
    title: 'Luty',
    unit: 'u2',
  }),
  post({ id: 'p6', title: 'Szkic', workflowState: 'draft' }),
  // 00:30 on 1 April in Warsaw: April, although it is still 31 March in UTC.
  post({
    category: 'education',
    id: 'p7',
    publishedAt: '2025-03-31T22:30:00.000Z',
    text: 'Wyniki rekrutacji, sprawa OR.0003.1.2025',
    title: 'Rekrutacja',
    unit: 'u2',
  }),
  post({
    approvalLog: log('2025-04-04T10:00:00.000Z', '2025-04-05T06:00:00.000Z'),
    id: 'p8',
    informationType: 'public_information',
    publishedAt: '2025-04-05T06:00:00.000Z',
    title: 'Bez BIP',
  }),
  post({ bipReference: 'b5', id: 'p9', title: 'Zapowiedź uchwały', workflowState: 'draft' }),
]

const delivery = (
  id: string,
  postId: string,
  channel: string,
  state: string,
  sentAt: null | string = null,
  reach: DeliveryRecord['reach'] = null,
): DeliveryRecord => ({
  channel,
  id,
  post: postId,
  reach,
  sentAt,
  state,
  unit: POSTS.find((p) => p.id === postId)!.unit,
})

export const DELIVERIES: DeliveryRecord[] = [
  delivery('d1', 'p1', 'fanpage', 'sent', '2025-03-10T11:00:00.000Z', {
    comments: 2,
    fetchedAt: '2025-04-11T02:30:00.000Z',
    impressions: 500,
    impressionsUnique: 400,
    reactions: 10,
    shares: 1,
    state: 'ok',
  }),
  delivery('d2', 'p1', 'group', 'sent', '2025-03-10T13:00:00.000Z'),
  delivery('d3', 'p1', 'rss', 'sent', '2025-03-10T10:00:00.000Z'),
  delivery('d4', 'p1', 'newsletter', 'pending'),
  delivery('d5', 'p2', 'fanpage', 'failed'),
  delivery('d6', 'p2', 'rss', 'sent', '2025-03-20T09:00:00.000Z'),
  delivery('d7', 'p3', 'fanpage', 'sent', '2025-03-28T10:00:00.000Z', {
    comments: 0,
    fetchedAt: '2025-04-11T02:30:00.000Z',
    impressions: null,
    impressionsUnique: null,
    reactions: 4,
    shares: 0,
    state: 'ok',
  }),
  delivery('d8', 'p4', 'rss', 'sent', '2025-04-02T07:00:00.000Z'),
  delivery('d9', 'p4', 'fanpage', 'skipped'),
  delivery('d10', 'p8', 'fanpage', 'sent', '2025-04-05T10:00:00.000Z'),
  delivery('d11', 'p5', 'rss', 'sent', '2025-02-28T10:00:00.000Z'),
]

import { lexicalToPlainText } from '../../src/domain/lexical-text'
import { BIP_STATES, BIP_TRACKED } from '../../src/domain/bip-entry'
import { option } from '../../src/domain/labels'
import { COMPLAINT_STATES, MODERATION_ACTIONS } from '../../src/domain/moderation'
import { CATEGORIES, CHANNELS, INFORMATION_TYPES } from '../../src/domain/taxonomy'
import { WORKFLOW_STATES } from '../../src/domain/workflow'
import {
  BIP_REFERENCES,
  COMPLAINTS,
  DISCUSSION_RULES,
  MODERATION_ENTRIES,
  POSTS,
} from '../../src/domain/slugs'
import { labelled, labelledList, ref, short, yesNo } from './format'
import type { AuditSpec } from './types'

type Doc = Record<string, unknown>

const DRAFT_STATES = [
  option('draft', 'Szkic', 'Draft'),
  option('published', 'Opublikowane', 'Published'),
] as const

const posts: AuditSpec = {
  slug: POSTS,
  state: { label: 'stan', name: 'workflowState', options: WORKFLOW_STATES },
  title: (doc) => (doc.title as string) ?? null,
  tracked: [
    { format: short, label: 'tytuł', name: 'title' },
    { format: short, label: 'lead', name: 'lead' },
    { format: short, label: 'treść', name: 'body' },
    { label: 'jednostka', name: 'unit' },
    { format: labelled(CATEGORIES), label: 'kategoria', name: 'category' },
    { format: labelled(INFORMATION_TYPES), label: 'rodzaj informacji', name: 'informationType' },
    { label: 'wpis BIP', name: 'bipReference' },
    { format: labelledList(CHANNELS), label: 'kanały', name: 'channels' },
    { label: 'publikacja od', name: 'publishAt' },
    { label: 'adres', name: 'slug' },
    { label: 'zdjęcia', name: 'images' },
  ],
  view: (doc) => ({
    ...doc,
    bipReference: ref(doc.bipReference),
    body: doc.body ? lexicalToPlainText(doc.body) : null,
    images: Array.isArray(doc.images) ? doc.images.map((i) => String(ref(i))).join(', ') : null,
    unit: ref(doc.unit),
  }),
}

const bipReferences: AuditSpec = {
  slug: BIP_REFERENCES,
  state: { label: 'stan', name: 'state', options: BIP_STATES },
  title: (doc) => [doc.caseReference, doc.title].filter(Boolean).join(' – ') || null,
  tracked: BIP_TRACKED.filter((f) => f.name !== 'state'),
  view: (doc) => ({ ...doc, producingUnit: ref(doc.producingUnit) }),
}

const discussionRules: AuditSpec = {
  drafts: true,
  slug: DISCUSSION_RULES,
  state: { label: 'stan', name: '_status', options: DRAFT_STATES },
  title: (doc) => (doc.title as string) ?? null,
  tracked: [
    { label: 'wersja', name: 'version' },
    { format: short, label: 'tytuł', name: 'title' },
    { label: 'adres', name: 'slug' },
    { format: short, label: 'zasady', name: 'rules' },
    { format: short, label: 'prowadzący', name: 'operator' },
    { label: 'obowiązuje od', name: 'effectiveFrom' },
    { format: yesNo, label: 'finansowany ze środków publicznych', name: 'publiclyFunded' },
    { format: short, label: 'dokumentowanie moderacji', name: 'moderationDocumentation' },
    { format: short, label: 'skargi', name: 'complaintsHowTo' },
    { format: short, label: 'profile', name: 'governs' },
  ],
  view: (doc) => ({
    ...doc,
    complaintsHowTo: (doc.complaints as Doc | undefined)?.howTo ?? null,
    governs: Array.isArray(doc.governs)
      ? doc.governs.map((g: Doc) => g.url ?? g.name).join(', ')
      : null,
    publiclyFunded: !!(doc.funding as Doc | undefined)?.publiclyFunded,
    rules: doc.rules ? lexicalToPlainText(doc.rules) : null,
  }),
}

const moderationEntries: AuditSpec = {
  slug: MODERATION_ENTRIES,
  title: (doc) => (doc.number != null ? `Nr ${doc.number}` : null),
  tracked: [
    { format: labelled(MODERATION_ACTIONS), label: 'działanie', name: 'action' },
    { label: 'kanał', name: 'channelName' },
    { label: 'czas', name: 'occurredAt' },
    { label: 'zasady', name: 'rules' },
    { label: 'punkt zasad', name: 'point' },
    { format: short, label: 'podsumowanie', name: 'summary' },
    // Private: the log says that the snapshot was corrected, never what it says.
    { format: () => 'poprawiono', label: 'migawka treści', name: 'snapshot' },
  ],
  view: (doc) => {
    const rule = (doc.rule ?? {}) as Doc
    return {
      ...doc,
      point: rule.point ?? null,
      rules: ref(rule.rules),
      snapshot: doc.snapshot ? JSON.stringify(doc.snapshot) : null,
    }
  },
}

const complaints: AuditSpec = {
  slug: COMPLAINTS,
  state: { label: 'stan', name: 'state', options: COMPLAINT_STATES },
  title: (doc) => (doc.number != null ? `Skarga nr ${doc.number}` : null),
  tracked: [
    { label: 'wpis w rejestrze', name: 'entry' },
    { format: short, label: 'odpowiedź', name: 'answer' },
  ],
  view: (doc) => ({ ...doc, entry: ref(doc.entry) }),
}

/**
 * The host's collections the log audits unless the options say otherwise. The fan-out audits its
 * channel settings itself and records its deliveries in its engine, which writes them below the
 * hooks.
 */
export const DEFAULT_AUDITED: readonly AuditSpec[] = [
  posts,
  bipReferences,
  discussionRules,
  moderationEntries,
  complaints,
]

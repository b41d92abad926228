import { lexicalToPlainText } from '../../src/domain/lexical-text'
import { BIP_STATES, BIP_TRACKED } from '../../src/domain/bip-entry'
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
import { inBothLanguages } from './translations'
import type { AuditTranslations } from './translations'
import type { AuditLabel, AuditSpec } from './types'

type Doc = Record<string, unknown>
type FieldKey = keyof AuditTranslations['audit'] extends infer K
  ? K extends `field-${infer Name}`
    ? Name
    : never
  : never

/** A field's name in the log's texts (`audit:field-…`). */
const named =
  (key: FieldKey): AuditLabel =>
  ({ t }) =>
    t(`audit:field-${key}`)

const DRAFT_STATES = [
  { label: inBothLanguages('draft'), value: 'draft' },
  { label: inBothLanguages('published'), value: 'published' },
] as const

const posts: AuditSpec = {
  slug: POSTS,
  // An admin's approval despite unconfigured required channels, with its reason (posts/hooks.ts).
  note: (context) => (typeof context.workflowNote === 'string' ? context.workflowNote : null),
  state: { label: named('state'), name: 'workflowState', options: WORKFLOW_STATES },
  title: (doc) => (doc.title as string) ?? null,
  tracked: [
    { format: short, label: named('title'), name: 'title' },
    { format: short, label: named('lead'), name: 'lead' },
    { format: short, label: named('body'), name: 'body' },
    { label: named('unit'), name: 'unit' },
    { format: labelled(CATEGORIES), label: named('category'), name: 'category' },
    {
      format: labelled(INFORMATION_TYPES),
      label: named('informationType'),
      name: 'informationType',
    },
    { label: named('bipReference'), name: 'bipReference' },
    { format: labelledList(CHANNELS), label: named('channels'), name: 'channels' },
    { label: named('publishAt'), name: 'publishAt' },
    { label: named('address'), name: 'slug' },
    { label: named('images'), name: 'images' },
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
  state: { label: named('state'), name: 'state', options: BIP_STATES },
  title: (doc) => [doc.caseReference, doc.title].filter(Boolean).join(' – ') || null,
  tracked: BIP_TRACKED.filter((f) => f.name !== 'state'),
  view: (doc) => ({ ...doc, producingUnit: ref(doc.producingUnit) }),
}

const discussionRules: AuditSpec = {
  drafts: true,
  slug: DISCUSSION_RULES,
  state: { label: named('state'), name: '_status', options: DRAFT_STATES },
  title: (doc) => (doc.title as string) ?? null,
  tracked: [
    { label: named('version'), name: 'version' },
    { format: short, label: named('title'), name: 'title' },
    { label: named('address'), name: 'slug' },
    { format: short, label: named('rules'), name: 'rules' },
    { format: short, label: named('operator'), name: 'operator' },
    { label: named('effectiveFrom'), name: 'effectiveFrom' },
    { format: yesNo, label: named('publiclyFunded'), name: 'publiclyFunded' },
    { format: short, label: named('moderationDocumentation'), name: 'moderationDocumentation' },
    { format: short, label: named('complaints'), name: 'complaintsHowTo' },
    { format: short, label: named('profiles'), name: 'governs' },
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
  title: (doc, { t }) =>
    doc.number != null ? t('audit:registerEntryTitle', { number: doc.number }) : null,
  tracked: [
    { format: labelled(MODERATION_ACTIONS), label: named('action'), name: 'action' },
    { label: named('channel'), name: 'channelName' },
    { label: named('occurredAt'), name: 'occurredAt' },
    { label: named('rules'), name: 'rules' },
    { label: named('point'), name: 'point' },
    { format: short, label: named('summary'), name: 'summary' },
    // Private: the log says that the snapshot was corrected, never what it says.
    { format: (_, { t }) => t('audit:corrected'), label: named('snapshot'), name: 'snapshot' },
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
  state: { label: named('state'), name: 'state', options: COMPLAINT_STATES },
  title: (doc, { t }) =>
    doc.number != null ? t('audit:complaintTitle', { number: doc.number }) : null,
  tracked: [
    { label: named('entry'), name: 'entry' },
    { format: short, label: named('answer'), name: 'answer' },
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

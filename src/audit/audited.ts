import { BIP_STATES, TRACKED as BIP_TRACKED } from '../../collections/BipReferences'
import { ACCOUNT_STATES } from '../../plugins/fanout/collections/channel-accounts'
import { idOf } from '../access/roles'
import { option, polishLabelOf } from '../domain/labels'
import { lexicalToPlainText } from '../domain/lexical-text'
import { COMPLAINT_STATES, MODERATION_ACTIONS } from '../domain/moderation'
import { CATEGORIES, CHANNELS, INFORMATION_TYPES } from '../domain/taxonomy'
import { WORKFLOW_STATES } from '../domain/workflow'
import { COMPLAINTS, DISCUSSION_RULES, MODERATION_ENTRIES } from '../moderation/slugs'
import { type AuditSpec, shortText } from './change'

type Doc = Record<string, unknown>

const DRAFT_STATES = [option('draft', 'Szkic', 'Draft'), option('published', 'Opublikowane', 'Published')] as const
const yesNo = (value: unknown) => (value ? 'tak' : 'nie')
const labelled = (options: Parameters<typeof polishLabelOf>[0]) => (value: unknown) => polishLabelOf(options, value as string) || '—'
const labelledList = (options: Parameters<typeof polishLabelOf>[0]) => (value: unknown) =>
  Array.isArray(value) && value.length ? value.map((v) => polishLabelOf(options, String(v))).join(', ') : '—'
const ref = (value: unknown) => idOf(value as never)
const short = (value: unknown) => shortText(value)

const posts: AuditSpec = {
  slug: 'posts',
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
  slug: 'bip-references',
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
    governs: Array.isArray(doc.governs) ? doc.governs.map((g: Doc) => g.url ?? g.name).join(', ') : null,
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
    return { ...doc, point: rule.point ?? null, rules: ref(rule.rules), snapshot: doc.snapshot ? JSON.stringify(doc.snapshot) : null }
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

/** A status write by the engine carries the same request context; only the save that sealed a secret says so. */
export const secretNote = (context: Record<string, unknown>): null | string =>
  context.fanoutSecretRenewed && !context.fanoutStatusOnly ? 'zapisano nowy token lub sekret (wartość nie jest zapisywana w dzienniku)' : null

/**
 * Channel settings, never their secrets: a new token or webhook secret is recorded as the fact
 * that one was saved (see `secretNote`), and the sealed values are not even compared.
 */
const channelAccounts: AuditSpec = {
  note: secretNote,
  slug: 'channel-accounts',
  state: { label: 'stan kanału', name: 'status', options: ACCOUNT_STATES },
  title: (doc) => (doc.name as string) ?? null,
  tracked: [
    { format: yesNo, label: 'włączony', name: 'enabled' },
    { label: 'nazwa', name: 'name' },
    { label: 'zasady dyskusji', name: 'discussionRules' },
    { label: 'identyfikator strony', name: 'pageId' },
    { label: 'sposób publikacji w grupie', name: 'groupMode' },
    { label: 'adres grupy', name: 'groupUrl' },
    { label: 'adres webhooka', name: 'webhookUrl' },
  ],
  view: (doc) => {
    const fanpage = (doc.fanpage ?? {}) as Doc
    const group = (doc.group ?? {}) as Doc
    return {
      discussionRules: ref(doc.discussionRules),
      enabled: !!doc.enabled,
      groupMode: doc.kind === 'group' ? (group.mode ?? null) : null,
      groupUrl: group.groupUrl ?? null,
      name: doc.name,
      pageId: fanpage.pageId ?? null,
      status: ((doc.status ?? {}) as Doc).state ?? 'ok',
      webhookUrl: group.webhookUrl ?? null,
    }
  },
}

/** The collections whose changes the audit log records (deliveries are recorded by the fan-out engine). */
export const AUDITED: readonly AuditSpec[] = [posts, bipReferences, discussionRules, moderationEntries, complaints, channelAccounts]

export const AUDITED_COLLECTIONS = [
  option('posts', 'Wpisy', 'Posts'),
  option('bip-references', 'Wpisy BIP', 'BIP entries'),
  option('deliveries', 'Publikacje w kanałach', 'Deliveries'),
  option(DISCUSSION_RULES, 'Zasady dyskusji', 'Discussion rules'),
  option(MODERATION_ENTRIES, 'Rejestr moderacji', 'Moderation register'),
  option(COMPLAINTS, 'Skargi na moderację', 'Moderation complaints'),
  option('channel-accounts', 'Kanały społecznościowe', 'Social channels'),
] as const

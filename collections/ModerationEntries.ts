import type {
  CollectionBeforeChangeHook,
  CollectionBeforeValidateHook,
  CollectionConfig,
  CollectionSlug,
  FieldAccess,
  PayloadRequest,
} from 'payload'

import { randomUUID } from 'node:crypto'
import { ValidationError } from 'payload'

import { ACCOUNTS } from '../plugins/fanout/exports/slugs'
import { idOf, isAdmin, isStaff, roleOf } from '../src/access/roles'
import { checkAnonymisedSummary } from '../src/domain/anonymised-summary'
import { describeChanges } from '../src/domain/change-summary'
import { label, polishLabelOf, say } from '../src/domain/labels'
import {
  actionNeedsRule,
  defaultSummary,
  ENTRY_COMPLAINT_OUTCOMES,
  MODERATION_ACTIONS,
  type ModerationAction,
} from '../src/domain/moderation'
import { slugify } from '../src/domain/slug'
import { COMPLAINTS, DISCUSSION_RULES, MODERATION_ENTRIES, UNITS, USERS } from '../src/domain/slugs'
import { validateHttpUrl } from '../src/domain/validators'
import { appendRows, auditTrailField } from '../src/fields/audit-trail'
import { resolveCitation } from '../src/moderation/citation'
import { nextNumber } from '../src/moderation/numbering'

const staffOnlyField: { create?: FieldAccess; read: FieldAccess; update?: FieldAccess } = {
  read: ({ req }) => isStaff(req.user),
}
const systemField = { create: () => false, update: () => false }
const dateAdmin = {
  date: { displayFormat: 'd MMMM yyyy, HH:mm', pickerAppearance: 'dayAndTime' as const },
}

/** Who decided, as the public register names them: by function, not by name. */
const publicDeciderOf = (user: PayloadRequest['user']): string => {
  const position =
    user && 'position' in user ? (user.position as null | string | undefined)?.trim() : ''
  if (position) return position
  const role = roleOf(user)
  if (role === 'admin') return 'Zespół komunikacji urzędu'
  if (role === 'approver') return 'Osoba zatwierdzająca publikacje'
  if (role === 'editor') return 'Redaktor jednostki'
  return 'Urząd'
}

type EntryData = {
  account?: unknown
  action?: ModerationAction
  channelName?: null | string
  channelSlug?: null | string
  complaintOutcome?: null | string
  correctionReason?: null | string
  corrections?: unknown[]
  decidedBy?: unknown
  decidedByLabel?: null | string
  number?: number
  occurredAt?: null | string
  rule?: {
    point?: null | number
    quote?: null | string
    rules?: unknown
    version?: null | number
  } | null
  snapshot?: Record<string, unknown> | null
  sourceKey?: null | string
  summary?: null | string
  unit?: unknown
}

const invalid = (req: PayloadRequest, path: string, message: string) =>
  new ValidationError({ collection: MODERATION_ENTRIES, errors: [{ message, path }], req })

/** Fields an admin's correction is described by in the trail (the snapshot's words are not repeated there). */
const TRACKED = [
  {
    format: (v: unknown) => polishLabelOf(MODERATION_ACTIONS, v as string),
    label: 'działanie',
    name: 'action',
  },
  { label: 'kanał', name: 'channelName' },
  { label: 'czas', name: 'occurredAt' },
  { label: 'zasady', name: 'rules' },
  { label: 'punkt zasad', name: 'point' },
  { label: 'podsumowanie', name: 'summary' },
  { format: () => 'poprawiono', label: 'migawka treści', name: 'snapshot' },
]
const flat = (d: EntryData) => ({
  action: d.action,
  channelName: d.channelName,
  occurredAt: d.occurredAt,
  point: d.rule?.point,
  rules: idOf(d.rule?.rules as never),
  snapshot: d.snapshot ? JSON.stringify(d.snapshot) : null,
  summary: d.summary,
})

/** The channel's public name: as given, or the account's or unit's name. */
const channelNameOf = async (req: PayloadRequest, data: EntryData) => {
  if (data.channelName?.trim()) return data.channelName.trim()
  const lookup = async (collection: CollectionSlug, id: unknown, field: string) => {
    const ref = idOf(id as never)
    if (ref == null) return null
    const doc = (await req.payload.findByID({
      collection: collection,
      depth: 0,
      disableErrors: true,
      id: ref,
      overrideAccess: true,
      req,
    })) as Record<string, unknown> | null
    return (doc?.[field] as null | string | undefined) ?? null
  }
  return (await lookup(ACCOUNTS, data.account, 'name')) ?? (await lookup(UNITS, data.unit, 'name'))
}

const fillIn: CollectionBeforeValidateHook = async ({ data, operation, originalDoc, req }) => {
  const d = (data ?? {}) as EntryData
  const merged = { ...(originalDoc as EntryData | undefined), ...d }
  if (
    operation === 'create' ||
    d.channelName !== undefined ||
    d.account !== undefined ||
    d.unit !== undefined
  ) {
    const name = await channelNameOf(req, merged)
    if (name) {
      d.channelName = name
      d.channelSlug = slugify(name)
    }
  }
  if (operation === 'create' && !d.occurredAt) d.occurredAt = new Date().toISOString()
  return d
}

/** A stored summary that is exactly the generated one follows a corrected rule; one written by a person stays. */
const wasGenerated = (before: EntryData, title: null | string) => {
  if (!before.action || !before.summary) return false
  const rule =
    before.rule?.point && before.rule.version
      ? { point: before.rule.point, quote: before.rule.quote, title, version: before.rule.version }
      : null
  return before.summary === defaultSummary(before.action, rule)
}

const recordAndCite: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const d = data as EntryData
  const before = (originalDoc ?? {}) as EntryData
  const merged: EntryData = { ...before, ...d, rule: { ...before.rule, ...d.rule } }
  if (!merged.channelName)
    throw invalid(
      req,
      'channelName',
      'Wskaż kanał lub profil, którego dotyczy wpis (konto kanału, jednostkę albo nazwę profilu).',
    )

  if (operation === 'update') {
    // Append-only: admins may correct, and a correction without its reason is refused.
    const reason = d.correctionReason?.trim()
    if (!reason)
      throw invalid(
        req,
        'correctionReason',
        say(
          req,
          'Podaj powód korekty – zostanie zapisany w historii wpisu.',
          'Give the reason for the correction; it is kept in the entry’s history.',
        ),
      )
    const what = describeChanges(flat(before), flat(merged), TRACKED)
    if (!what)
      throw invalid(
        req,
        'correctionReason',
        say(req, 'Korekta niczego nie zmienia.', 'The correction changes nothing.'),
      )
    d.corrections = appendRows(before.corrections, [
      { at: new Date().toISOString(), by: idOf(req.user as never), reason, what },
    ])
  } else {
    d.number = await nextNumber(req, MODERATION_ENTRIES)
    d.decidedBy = req.user?.id ?? null
    d.decidedByLabel = publicDeciderOf(req.user)
    d.complaintOutcome = 'none'
    d.corrections = []
    // Always set: a unique field left empty on many documents trips MongoDB's unique index.
    d.sourceKey = d.sourceKey || `manual:${randomUUID()}`
  }
  delete d.correctionReason

  // On update Payload hands over the whole document: compare with what was stored. A correction that
  // leaves the citation alone keeps the version and words cited at the time.
  const ruleChanged =
    operation === 'create' ||
    merged.action !== before.action ||
    String(idOf(merged.rule?.rules as never) ?? '') !==
      String(idOf(before.rule?.rules as never) ?? '') ||
    Number(merged.rule?.point ?? 0) !== Number(before.rule?.point ?? 0)
  const summaryUntouched =
    operation === 'update' && (d.summary === undefined || d.summary === before.summary)
  if (ruleChanged) {
    if (actionNeedsRule(merged.action) || merged.rule?.rules) {
      const cited = await resolveCitation(
        req.payload,
        idOf(merged.rule?.rules as never),
        merged.rule?.point,
        req,
      )
      if (!cited.ok) throw invalid(req, cited.path, cited.message)
      const { citation } = cited
      d.rule = {
        point: citation.point,
        quote: citation.quote,
        rules: citation.rules,
        version: citation.version,
      }
      if (
        merged.action &&
        (!merged.summary?.trim() || (summaryUntouched && wasGenerated(before, citation.title)))
      )
        d.summary = defaultSummary(merged.action, citation)
    } else {
      d.rule = { point: null, quote: null, rules: null, version: null }
      if (
        merged.action &&
        (!merged.summary?.trim() || (summaryUntouched && wasGenerated(before, null)))
      )
        d.summary = defaultSummary(merged.action)
    }
  }
  return d
}

/**
 * The moderation register: every removed or hidden comment and every block,
 * with the rule broken, who decided and when, so that the person concerned can dispute it.
 * Append-only: nobody deletes; only admins correct, and every correction keeps its reason.
 */
export const ModerationEntries: CollectionConfig = {
  slug: MODERATION_ENTRIES,
  labels: {
    plural: label('Rejestr moderacji', 'Moderation register'),
    singular: label('Wpis w rejestrze moderacji', 'Moderation register entry'),
  },
  admin: {
    defaultColumns: [
      'number',
      'occurredAt',
      'channelName',
      'action',
      'summary',
      'complaintOutcome',
    ],
    description: label(
      'Publiczny rejestr usuniętych i ukrytych komentarzy oraz blokad. Wpisów nie można usunąć; administrator może je poprawić, podając powód. Treść komentarza i dane autora widzą tylko osoby zatwierdzające i administratorzy.',
      'The public register of removed and hidden comments and blocks. Entries cannot be deleted; an admin may correct one, giving the reason. The comment and its author are visible to approvers and admins only.',
    ),
    group: label('Przejrzystość', 'Transparency'),
    listSearchableFields: ['summary', 'channelName'],
    useAsTitle: 'summary',
  },
  access: {
    create: ({ req }) => isStaff(req.user),
    delete: () => false,
    // The entry itself is public; its private parts are guarded field by field.
    read: () => true,
    update: ({ req }) => isAdmin(req.user),
  },
  hooks: { beforeChange: [recordAndCite], beforeValidate: [fillIn] },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'number',
          type: 'number',
          access: systemField,
          admin: {
            description: label(
              'Nadawany automatycznie; tym numerem mieszkaniec wskazuje wpis w skardze.',
              'Assigned automatically; residents cite it in complaints.',
            ),
            readOnly: true,
          },
          index: true,
          label: label('Nr w rejestrze', 'Register no.'),
          unique: true,
        },
        {
          name: 'occurredAt',
          type: 'date',
          admin: dateAdmin,
          index: true,
          label: label('Kiedy', 'When'),
          required: true,
        },
        {
          name: 'action',
          type: 'select',
          index: true,
          label: label('Działanie', 'Action'),
          options: [...MODERATION_ACTIONS],
          required: true,
        },
      ],
    },
    {
      type: 'collapsible',
      label: label('Kanał lub profil', 'Channel or profile'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'account',
              type: 'relationship',
              access: staffOnlyField,
              label: label('Konto kanału', 'Channel account'),
              relationTo: ACCOUNTS,
            },
            {
              name: 'unit',
              type: 'relationship',
              label: label('Jednostka (oficjalny profil)', 'Unit (official profile)'),
              relationTo: UNITS,
            },
          ],
        },
        {
          name: 'channelName',
          type: 'text',
          admin: {
            description: label(
              'Nazwa profilu w publicznym rejestrze; pusta – nazwa konta kanału lub jednostki.',
              'Profile name shown publicly; empty: the account’s or unit’s name.',
            ),
          },
          label: label('Nazwa kanału / profilu', 'Channel / profile name'),
        },
        {
          name: 'channelSlug',
          type: 'text',
          access: systemField,
          admin: { hidden: true },
          index: true,
        },
      ],
    },
    {
      name: 'rule',
      type: 'group',
      admin: {
        description: label(
          'Cytujemy punkt opublikowanych zasad w wersji obowiązującej w chwili decyzji; brzmienie punktu zapisuje się we wpisie, więc cytat pozostaje prawdziwy po zmianie zasad.',
          'The point of the rules in force at the time is cited, and its words are kept, so the citation stays true after the rules change.',
        ),
      },
      label: label('Naruszona zasada', 'Rule broken'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'rules',
              type: 'relationship',
              label: label('Zasady dyskusji', 'Discussion rules'),
              relationTo: DISCUSSION_RULES,
            },
            {
              name: 'point',
              type: 'number',
              admin: { step: 1 },
              label: label('Punkt zasad', 'Point'),
              min: 1,
            },
            {
              name: 'version',
              type: 'number',
              access: systemField,
              admin: { readOnly: true },
              label: label('Wersja zasad', 'Rules version'),
            },
          ],
        },
        {
          name: 'quote',
          type: 'textarea',
          access: systemField,
          admin: { readOnly: true },
          label: label('Brzmienie punktu w tej wersji', 'Wording of the point in that version'),
        },
      ],
    },
    {
      name: 'summary',
      type: 'textarea',
      admin: {
        description: label(
          'Publiczne, bez danych mieszkańca: bez imion i nazwisk, adresów e-mail, adresów profili, @oznaczeń i telefonów. Puste – podsumowanie z działania i zasady.',
          'Public and anonymous: no names, e-mail or profile addresses, @handles or phone numbers. Empty: made from the action and the rule.',
        ),
      },
      label: label('Publiczne podsumowanie', 'Public summary'),
      maxLength: 1000,
      required: true,
      validate: (
        value: null | string | undefined,
        { data, req }: { data: Partial<EntryData>; req: PayloadRequest },
      ) => {
        if (!value?.trim())
          return say(req, 'Wpisz publiczne podsumowanie.', 'Enter the public summary.')
        return checkAnonymisedSummary(value, [data?.snapshot?.authorName as string | undefined])
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'decidedBy',
          type: 'relationship',
          access: { ...systemField, ...staffOnlyField },
          admin: { readOnly: true },
          label: label('Kto zdecydował', 'Decided by'),
          relationTo: USERS,
        },
        {
          name: 'decidedByLabel',
          type: 'text',
          access: systemField,
          admin: {
            description: label(
              'Jak rejestr publiczny nazywa decydującego (funkcja, nie nazwisko).',
              'How the public register names the decider.',
            ),
            readOnly: true,
          },
          label: label('Decyzja (publicznie)', 'Decided by (public)'),
        },
        {
          name: 'complaintOutcome',
          type: 'select',
          access: systemField,
          admin: { readOnly: true },
          defaultValue: 'none',
          index: true,
          label: label('Skargi', 'Complaints'),
          options: [...ENTRY_COMPLAINT_OUTCOMES],
        },
      ],
    },
    {
      name: 'snapshot',
      type: 'group',
      access: staffOnlyField,
      admin: {
        description: label(
          'Migawka treści – tylko dla osób zatwierdzających i administratorów, na potrzeby skarg; nigdy nie jest publikowana. Usuwana po roku (chyba że skarga jest w toku).',
          'Private snapshot for complaints; never published. Cleared after a year unless a complaint is open.',
        ),
      },
      label: label('Migawka treści (poufna)', 'Content snapshot (private)'),
      fields: [
        { name: 'text', type: 'textarea', label: label('Treść komentarza', 'Comment text') },
        {
          type: 'row',
          fields: [
            { name: 'authorName', type: 'text', label: label('Autor', 'Author') },
            {
              name: 'authorProfileUrl',
              type: 'text',
              label: label('Adres profilu autora', 'Author’s profile URL'),
              validate: validateHttpUrl,
            },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'commentUrl',
              type: 'text',
              label: label('Adres komentarza', 'Comment URL'),
              validate: validateHttpUrl,
            },
            {
              name: 'postedAt',
              type: 'date',
              admin: dateAdmin,
              label: label('Napisano', 'Written at'),
            },
          ],
        },
        {
          name: 'commentId',
          type: 'text',
          admin: { readOnly: true },
          label: label('Identyfikator komentarza (Facebook)', 'Comment id (Facebook)'),
        },
      ],
    },
    {
      name: 'correctionReason',
      type: 'textarea',
      admin: {
        condition: (data) => !!data?.id,
        description: label(
          'Wymagany przy każdej korekcie; trafia do historii korekt.',
          'Required for every correction; kept in the corrections trail.',
        ),
      },
      label: label('Powód korekty', 'Reason for the correction'),
      virtual: true,
    },
    // One entry per comment and action, whoever clicks first: the comment action's idempotency key.
    {
      name: 'sourceKey',
      type: 'text',
      access: { ...systemField, read: ({ req }) => isStaff(req.user) },
      admin: { hidden: true },
      index: true,
      unique: true,
    },
    auditTrailField(
      'corrections',
      { plural: label('Korekty', 'Corrections'), singular: label('Korekta', 'Correction') },
      [
        {
          name: 'at',
          type: 'date',
          admin: dateAdmin,
          label: label('Kiedy', 'When'),
          required: true,
        },
        { name: 'by', type: 'relationship', label: label('Kto', 'Who'), relationTo: USERS },
        { name: 'reason', type: 'text', label: label('Powód', 'Reason'), required: true },
        {
          name: 'what',
          type: 'text',
          label: label('Co zmieniono', 'What changed'),
          required: true,
        },
      ],
    ),
    {
      name: 'complaints',
      type: 'join',
      access: { read: staffOnlyField.read },
      admin: { defaultColumns: ['number', 'state', 'receivedAt', 'decidedAt'] },
      collection: COMPLAINTS,
      label: label('Skargi na ten wpis', 'Complaints about this entry'),
      on: 'entry',
    },
  ],
}

import type {
  CollectionBeforeChangeHook,
  CollectionBeforeValidateHook,
  CollectionSlug,
  PayloadRequest,
} from 'payload'

import { randomUUID } from 'node:crypto'
import { ValidationError } from 'payload'

import type { EntryData } from './types'

import { ACCOUNTS } from '../../plugins/fanout/exports/slugs'
import { idOf, roleOf, type Ref } from '../../src/access/roles'
import { describeChanges } from '../../src/domain/change-summary'
import { polishLabelOf, say } from '../../src/domain/labels'
import { actionNeedsRule, defaultSummary, MODERATION_ACTIONS } from '../../src/domain/moderation'
import { slugify } from '../../src/domain/slug'
import { MODERATION_ENTRIES, UNITS } from '../../src/domain/slugs'
import { appendRows } from '../../src/fields/audit-trail'
import { resolveCitation } from '../../src/moderation/citation'
import { nextNumber } from '../../src/moderation/numbering'

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
  rules: idOf(d.rule?.rules),
  snapshot: d.snapshot ? JSON.stringify(d.snapshot) : null,
  summary: d.summary,
})

/** The channel's public name: as given, or the account's or unit's name. */
const channelNameOf = async (req: PayloadRequest, data: EntryData) => {
  if (data.channelName?.trim()) return data.channelName.trim()
  const lookup = async (collection: CollectionSlug, id: null | Ref | undefined, field: string) => {
    const ref = idOf(id)
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

export const fillIn: CollectionBeforeValidateHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
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

export const recordAndCite: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
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
      { at: new Date().toISOString(), by: idOf(req.user), reason, what },
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
    String(idOf(merged.rule?.rules) ?? '') !== String(idOf(before.rule?.rules) ?? '') ||
    Number(merged.rule?.point ?? 0) !== Number(before.rule?.point ?? 0)
  const summaryUntouched =
    operation === 'update' && (d.summary === undefined || d.summary === before.summary)
  if (ruleChanged) {
    if (actionNeedsRule(merged.action) || merged.rule?.rules) {
      const cited = await resolveCitation(
        req.payload,
        idOf(merged.rule?.rules),
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

import { polishLabelOf } from './labels'
import { PROFILE_PLATFORMS } from './taxonomy'

/**
 * Official profiles belong to the unit, not to a person: they survive a change of
 * council term, and each handover between terms or administrators is a recorded event. These are
 * the rules for keeping that history and for what residents see as "official".
 */
type Ref = { id: number | string } | number | string

export type Handover = {
  at: string
  from: string
  id?: null | string
  note?: null | string
  recordedAt?: null | string
  recordedBy?: null | Ref
  to: string
}

export type OfficialProfile = {
  handle?: null | string
  handovers?: Handover[] | null
  id?: null | string
  note?: null | string
  platform: string
  since?: null | string
  until?: null | string
  url: string
  verified?: boolean | null
}

const day = (iso: null | string | undefined) =>
  iso ? new Date(iso).toISOString().slice(0, 10) : ''
const text = (value: null | string | undefined) => (value ?? '').trim()

/** Addresses compared as residents would: scheme, case of the host, "www." and a trailing slash do not matter. */
export const sameProfileUrl = (a: null | string | undefined, b: null | string | undefined) => {
  const norm = (u: null | string | undefined) =>
    text(u)
      .toLowerCase()
      .replace(/^https?:\/\/(www\.)?/, '')
      .replace(/\/+$/, '')
  return !!norm(a) && norm(a) === norm(b)
}

const handoverKey = (h: Handover) =>
  [day(h.at), text(h.from), text(h.to), text(h.note)].join('\u0000')
const profileName = (p: OfficialProfile) =>
  `„${text(p.handle) || p.url}” (${polishLabelOf(PROFILE_PLATFORMS, p.platform)})`
const polishDay = (iso: string) => day(iso).split('-').reverse().join('.')

export type HistoryCheck =
  { message: string; ok: false } | { ok: true; profiles: OfficialProfile[] }

/**
 * A unit's profiles after an edit, checked against what was stored: a profile once verified as
 * official is closed with an end date, never removed; recorded handovers are never changed or
 * removed. New handovers are stamped with when and by whom they were recorded; stored ones keep
 * their stamps whatever the request says.
 */
export const keepProfileHistory = (
  before: null | OfficialProfile[] | undefined,
  after: null | OfficialProfile[] | undefined,
  stamp: { at: string; by: null | number | string },
): HistoryCheck => {
  const next = after ?? []
  for (const old of (before ?? []).filter((p) => p.verified)) {
    if (!next.some((p) => (old.id && p.id === old.id) || sameProfileUrl(p.url, old.url))) {
      return {
        message: `Profil ${profileName(old)} był oficjalnym profilem jednostki: nie usuwaj go, tylko wpisz datę „do” – zostanie w historii na stronie oficjalnych profili.`,
        ok: false,
      }
    }
  }

  const stored = (before ?? []).flatMap((p) => p.handovers ?? [])
  const unmatched = [...stored]
  const profiles = next.map((p) => ({
    ...p,
    handovers: (p.handovers ?? []).map((h) => {
      const i = unmatched.findIndex((s) => handoverKey(s) === handoverKey(h))
      if (i < 0) return { ...h, recordedAt: stamp.at, recordedBy: stamp.by }
      const [kept] = unmatched.splice(i, 1)
      return { ...h, recordedAt: kept.recordedAt ?? null, recordedBy: kept.recordedBy ?? null }
    }),
  }))
  if (unmatched.length) {
    const h = unmatched[0]
    return {
      message: `Przekazanie profilu z ${polishDay(h.at)} („${text(h.from)}” → „${text(h.to)}”) jest zapisem historii i nie można go zmienić ani usunąć. Jeśli zawiera błąd, dodaj nowe przekazanie z wyjaśnieniem w uwagach.`,
      ok: false,
    }
  }
  return { ok: true, profiles }
}

export type RegistryUnit = {
  id: number | string
  name: string
  officialProfiles?: null | OfficialProfile[]
  slug?: null | string
}
type UnitRef = Pick<RegistryUnit, 'id' | 'name' | 'slug'>

export type Registry = {
  /** Verified profiles in use today, grouped by unit (units alphabetically, platforms in the usual order). */
  current: { profiles: OfficialProfile[]; unit: UnitRef }[]
  /** Handovers of official profiles, newest first. */
  handovers: { handover: Handover; profile: OfficialProfile; unit: UnitRef }[]
  /** Verified profiles no longer in use, most recently closed first. */
  past: { profile: OfficialProfile; unit: UnitRef }[]
}

const platformOrder = (p: OfficialProfile) => {
  const i = PROFILE_PLATFORMS.findIndex((o) => o.value === p.platform)
  return i < 0 ? PROFILE_PLATFORMS.length : i
}
const time = (iso: null | string | undefined) => (iso ? new Date(iso).getTime() : 0)

/** What residents see as official: verified profiles only, current ones apart from their history. */
export const officialRegistry = (units: readonly RegistryUnit[], now: Date): Registry => {
  const at = now.getTime()
  const byName = [...units].sort((a, b) => a.name.localeCompare(b.name, 'pl'))
  const registry: Registry = { current: [], handovers: [], past: [] }
  for (const unit of byName) {
    const ref = { id: unit.id, name: unit.name, slug: unit.slug }
    const verified = (unit.officialProfiles ?? []).filter((p) => p.verified)
    const current = verified
      .filter((p) => time(p.since) <= at && (!p.until || time(p.until) > at))
      .sort((a, b) => platformOrder(a) - platformOrder(b))
    if (current.length) registry.current.push({ profiles: current, unit: ref })
    for (const profile of verified) {
      if (profile.until && time(profile.until) <= at) registry.past.push({ profile, unit: ref })
      for (const handover of profile.handovers ?? [])
        registry.handovers.push({ handover, profile, unit: ref })
    }
  }
  registry.past.sort((a, b) => time(b.profile.until) - time(a.profile.until))
  registry.handovers.sort((a, b) => time(b.handover.at) - time(a.handover.at))
  return registry
}

/** A row of the rules' `governs`; its unit may be an id or the unit itself (depth 1). */
type GovernsRow = { platform?: null | string; unit?: unknown; url?: null | string }
const sameRef = (a: unknown, b: unknown) => {
  const id = (r: unknown) => (r && typeof r === 'object' ? (r as { id?: unknown }).id : r)
  return id(a) != null && String(id(a)) === String(id(b))
}

/** The published rules of discussion of a profile: named by its address, or by its unit and platform. */
export const rulesOfProfile = <R extends { governs?: GovernsRow[] | null }>(
  rules: readonly R[],
  unitId: number | string,
  profile: OfficialProfile,
): R | null =>
  rules.find((r) => (r.governs ?? []).some((g) => sameProfileUrl(g.url, profile.url))) ??
  rules.find((r) =>
    (r.governs ?? []).some(
      (g) => !g.url && g.platform === profile.platform && sameRef(g.unit, unitId),
    ),
  ) ??
  null

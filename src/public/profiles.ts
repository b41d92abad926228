import {
  officialRegistry,
  type RegistryUnit,
  rulesOfProfile,
  type OfficialProfile,
} from '../domain/official-profiles'
import { UNITS } from '../domain/slugs'
import { publishedRules, sitePayload } from './site'

type UnitDoc = RegistryUnit & {
  contact?: { email?: null | string; phone?: null | string } | null
  kind?: string
}

/**
 * The registry of official profiles as residents see it: read as an anonymous visitor, verified
 * profiles only (`officialRegistry`), each with its published rules of discussion where it has them.
 */
export const profilesRegistry = async (now = new Date()) => {
  const payload = await sitePayload()
  const { docs } = await payload.find({
    collection: UNITS,
    depth: 0,
    limit: 1000,
    overrideAccess: false,
    pagination: false,
    select: { contact: true, kind: true, name: true, officialProfiles: true, slug: true },
  })
  const units: UnitDoc[] = docs
  const rules = await publishedRules()
  const office = units.find((u) => u.kind === 'office')
  return {
    /** Where residents report an impostor: the office's own contact. */
    office: office
      ? {
          email: office.contact?.email ?? null,
          name: office.name,
          phone: office.contact?.phone ?? null,
        }
      : null,
    registry: officialRegistry(units, now),
    rulesOf: (unitId: number | string, profile: OfficialProfile) =>
      rulesOfProfile(rules, unitId, profile),
  }
}

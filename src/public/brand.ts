import type { Payload } from 'payload'

import type { Media } from '../payload-types'

import { UNITS } from '../domain/slugs'

export type GminaBrand = {
  /** The uploaded coat of arms, null until the office has one. */
  herb: null | { alt: string; url: string }
  /** The office unit's name, null on an instance without an office. */
  name: null | string
}

/** The URL of an uploaded image residents and browsers may fetch, if the upload has a file. */
export const herbOf = (media: Media | null | number | undefined): GminaBrand['herb'] =>
  media && typeof media === 'object' && media.url ? { alt: media.alt, url: media.url } : null

/**
 * The gmina's name and coat of arms, from its office unit: what the admin's login page, the
 * browser tab and the residents' site show. Read without a user (the login page has none).
 */
export const gminaBrand = async (payload: Payload): Promise<GminaBrand> => {
  const { docs } = await payload.find({
    collection: UNITS,
    depth: 1,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    select: { coatOfArms: true, name: true },
    where: { kind: { equals: 'office' } },
  })
  const office = docs.at(0)
  return { herb: herbOf(office?.coatOfArms), name: office?.name ?? null }
}

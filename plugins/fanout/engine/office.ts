import type { Payload, PayloadRequest } from 'payload'

import { fanoutContext } from './context'

/** The gmina's name as residents know it: its office unit's (null on an instance without one). */
export const officeName = async (payload: Payload, req?: Partial<PayloadRequest>) => {
  const { docs } = await payload.find({
    collection: fanoutContext(payload).options.collections.units,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
    select: { name: true },
    where: { kind: { equals: 'office' } },
  })
  return (docs[0] as { name?: string } | undefined)?.name ?? null
}

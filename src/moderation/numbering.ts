import type { CollectionSlug, PayloadRequest } from 'payload'

/**
 * Public numbers (entry nr 17, skarga nr 4): the next after the highest. The field is unique, so
 * two writers racing for one number cannot both win; the loser retries (`withNumberRetry`).
 */
export const nextNumber = async (
  req: PayloadRequest,
  collection: CollectionSlug,
): Promise<number> => {
  const { docs } = await req.payload.find({
    collection,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    req,
    select: { number: true },
    sort: '-number',
  })
  return (((docs[0] as { number?: number } | undefined)?.number ?? 0) as number) + 1
}

const isNumberClash = (error: unknown) => {
  const errors = (error as { data?: { errors?: { path?: string }[] } })?.data?.errors
  return Array.isArray(errors) && errors.some((e) => e.path === 'number')
}

/**
 * Runs a create again when another writer took the same number in the meantime, after a short
 * random pause so that writers racing together do not collide again in step.
 */
export const withNumberRetry = async <T>(create: () => Promise<T>, attempts = 10): Promise<T> => {
  for (let i = 1; ; i++) {
    try {
      return await create()
    } catch (error) {
      if (i >= attempts || !isNumberClash(error)) throw error
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * i))
    }
  }
}

import type { CollectionBeforeDeleteHook } from 'payload'

import { NOTIFICATIONS } from '../constants'

/** A user's notifications go with the user (the recipient is required, so none may be left). */
export const deleteUsersNotifications: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: NOTIFICATIONS,
    overrideAccess: true,
    req,
    where: { recipient: { equals: id } },
  })
}

import type { CollectionAfterChangeHook } from 'payload'

import type { ChannelAccount } from '../../../src/payload-types'
import { accountEvent } from '../rules/channel-events'
import { notify } from '../store/notify'

/** A channel account that has just come to need an admin tells the admins, once per problem. */
export const notifyOnAccountChange: CollectionAfterChangeHook<ChannelAccount> = async ({
  doc,
  previousDoc,
  req,
}) => {
  const event = accountEvent(doc, previousDoc?.status)
  if (event) await notify(req.payload, event, req)
  return doc
}

import type { CollectionAfterChangeHook } from 'payload'

import { ACCOUNTS } from '../constants'
import { resumeAccount } from '../outbox/events'

export const onAccountChange: CollectionAfterChangeHook = async ({ context, doc, req }) => {
  if (
    context.fanoutStatusOnly ||
    !context.fanoutSecretRenewed ||
    doc.status?.state !== 'needs_action'
  )
    return doc
  // A new token or secret is the re-authorisation: clear the alarm and resume what waited for it.
  await req.payload.update({
    collection: ACCOUNTS,
    context: { fanoutStatusOnly: true },
    data: { status: { reason: null, since: new Date().toISOString(), state: 'ok' } },
    id: doc.id,
    overrideAccess: true,
    req,
  })
  await resumeAccount(req.payload, doc.id, req)
  return doc
}

import type { Payload, PayloadRequest } from 'payload'

import { newsletterOptions } from '../context'
import { type NewsletterT, newsletterPolish } from '../translate'

/** Who is responsible for the subscribers' data (RODO art. 13): the gmina office. */
export type Controller = { address?: null | string; email?: null | string; name: string }

/**
 * The consent text a fresh instance starts with: what residents agree to, who the controller is
 * (by name, with its address and contact when the office unit has them), the legal basis, how to
 * withdraw, how long the address is kept and the rights RODO gives. Staff may reword it later.
 */
export const consentTextFor = (
  controller: Controller | null,
  t: NewsletterT = newsletterPolish,
): string => {
  const name = controller?.name?.trim() || t('newsletter:consent-defaultController')
  const address = controller?.address?.replace(/\s*\n\s*/g, ', ').trim()
  const email = controller?.email?.trim()
  const contact = email ? ` ${t('newsletter:consent-contact', { email })}` : ''
  return [
    t('newsletter:consent-agree'),
    t('newsletter:consent-controller', {
      controller: `${name}${address ? `, ${address}` : ''}${contact}`,
    }),
    t('newsletter:consent-purpose'),
    t('newsletter:consent-withdraw'),
    t('newsletter:consent-rights'),
  ].join(' ')
}

/** The office (the unit of kind "office") with its contact details, or null on an instance without one. */
export const officeController = async (
  payload: Payload,
  req?: PayloadRequest,
): Promise<Controller | null> => {
  const { docs } = await payload.find({
    collection: newsletterOptions(payload).collections.units,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    req,
    sort: 'createdAt',
    where: { kind: { equals: 'office' } },
  })
  const office = docs[0] as
    { contact?: { address?: null | string; email?: null | string }; name?: string } | undefined
  return office?.name
    ? { address: office.contact?.address, email: office.contact?.email, name: office.name }
    : null
}

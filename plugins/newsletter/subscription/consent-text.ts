import type { Payload, PayloadRequest } from 'payload'

import { newsletterOptions } from '../context'

/** Who is responsible for the subscribers' data (RODO art. 13): the gmina office. */
export type Controller = { address?: null | string; email?: null | string; name: string }

/**
 * The consent text a fresh instance starts with: what residents agree to, who the controller is
 * (by name, with its address and contact when the office unit has them), the legal basis, how to
 * withdraw, how long the address is kept and the rights RODO gives. Staff may reword it later.
 */
export const consentTextFor = (controller: Controller | null): string => {
  const name = controller?.name?.trim() || 'urząd gminy prowadzący ten serwis'
  const address = controller?.address?.replace(/\s*\n\s*/g, ', ').trim()
  const email = controller?.email?.trim()
  return [
    'Wyrażam zgodę na przesyłanie na podany adres e-mail wiadomości z serwisu informacyjnego gminy (pilne komunikaty i wydania zbiorcze, według wybranych jednostek i kategorii).',
    `Administratorem danych jest ${name}${address ? `, ${address}` : ''}${email ? ` (kontakt: ${email})` : ''}.`,
    'Adres przetwarzamy wyłącznie w celu wysyłki newslettera, na podstawie zgody (art. 6 ust. 1 lit. a RODO), do czasu wypisania się; zapis niepotwierdzony w ciągu 7 dni usuwamy.',
    'Zgodę można wycofać w każdej chwili jednym kliknięciem w stopce każdej wiadomości; wycofanie nie wpływa na zgodność z prawem wysyłki sprzed wycofania.',
    'Przysługuje Ci prawo dostępu do danych, ich sprostowania, usunięcia, ograniczenia przetwarzania i przenoszenia oraz skargi do Prezesa UODO.',
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

import type { Payload } from 'payload'

import { newsletterOptions } from '../context'
import { link, paragraph, renderEmail } from '../email/layout'
import { senderName } from '../email/sender-name'
import type { SubscriberDoc } from '../types'

/** The links in a subscriber's emails. */
const links = (payload: Payload, sub: Pick<SubscriberDoc, 'confirmToken' | 'manageToken'>) => {
  const { siteUrl } = newsletterOptions(payload)
  return {
    confirm: `${siteUrl}/newsletter/potwierdz/${sub.confirmToken}`,
    preferences: `${siteUrl}/newsletter/preferencje/${sub.manageToken}`,
    unsubscribe: `${siteUrl}/newsletter/wypisz/${sub.manageToken}`,
  }
}

export const sendConfirmation = async (payload: Payload, sub: SubscriberDoc) => {
  const l = links(payload, sub)
  const name = await senderName(payload)
  const mail = renderEmail({
    blocks: [
      paragraph(
        'Ktoś – zapewne Ty – zapisał ten adres do newslettera gminy. Aby zacząć otrzymywać wiadomości, potwierdź zapis:',
      ),
      link('Potwierdzam zapis do newslettera', l.confirm),
      paragraph(
        'Link działa przez 7 dni. Jeśli to nie Ty, zignoruj tę wiadomość: bez potwierdzenia nie wyślemy nic więcej, a adres usuniemy.',
      ),
    ],
    footer: [paragraph(`Wiadomość wysłał serwis informacyjny: ${name}.`)],
    senderName: name,
    title: 'Potwierdź zapis do newslettera',
  })
  await payload.sendEmail({
    html: mail.html,
    subject: `Potwierdź zapis do newslettera – ${name}`,
    text: mail.text,
    to: sub.email,
  })
}

export const sendAlreadySubscribed = async (payload: Payload, sub: SubscriberDoc) => {
  const l = links(payload, sub)
  const name = await senderName(payload)
  const mail = renderEmail({
    blocks: [
      paragraph('Ten adres jest już zapisany do newslettera gminy, więc niczego nie zmieniliśmy.'),
      link('Zmień ustawienia subskrypcji', l.preferences),
      link('Wypisz się', l.unsubscribe),
      paragraph('Jeśli to nie Ty próbowałeś się zapisać, nic nie musisz robić.'),
    ],
    footer: [paragraph(`Wiadomość wysłał serwis informacyjny: ${name}.`)],
    senderName: name,
    title: 'Już jesteś zapisany',
  })
  await payload.sendEmail({
    html: mail.html,
    subject: `Newsletter – ${name}: adres jest już zapisany`,
    text: mail.text,
    to: sub.email,
  })
}

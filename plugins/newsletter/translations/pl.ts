/** The newsletter's admin texts in Polish, the default language. */
export const pl = {
  newsletter: {
    checkMailServer: 'Sprawdź serwer poczty teraz',
    mailServerRefuses: 'serwer poczty odmawia',
    mailServerRefusesWith: 'serwer poczty odmawia: {{reason}}',
    newsletterHeld: 'Newsletter: wstrzymane wysyłki ({{count}})',
    newsletterHeldHelp:
      'Nikogo nie wypisano, niewysłane wiadomości czekają. Popraw ustawienia poczty (SMTP_HOST, SMTP_USER, SMTP_PASSWORD, adres nadawcy) albo serwer i uruchom ponownie proces wysyłki; serwer jest sprawdzany co minutę i wysyłka wznowi się sama.',
  },
}

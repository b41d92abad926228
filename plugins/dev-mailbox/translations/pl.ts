/** The dev mailbox's texts in Polish (the admin's first language). */
export const pl = {
  devMailbox: {
    description:
      'E-maile, które serwis wysłał w trybie deweloperskim bez serwera poczty: nikt ich nie dostał. W produkcji nic tu nie trafia.',
    from: 'Od',
    group: 'Administracja',
    html: 'Treść HTML',
    message: 'Wiadomość testowa',
    messages: 'Poczta testowa',
    noHtml: 'Ta wiadomość nie ma wersji HTML.',
    preview: 'Podgląd',
    sentAt: 'Wysłano',
    subject: 'Temat',
    text: 'Treść tekstowa',
    to: 'Do',
  },
}

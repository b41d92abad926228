/** The notifications' texts in Polish, the default language. */
export const pl = {
  notifications: {
    'kind-approved': 'Wpis „{{title}}” został zatwierdzony.',
    'kind-changes_requested': 'Poproszono o poprawki we wpisie „{{title}}”.',
    'kind-channel_needs_action': 'Kanał „{{title}}” wymaga działania administratora.',
    'kind-correction_approved':
      'Sprostowanie wpisu „{{title}}” zatwierdzono – trafi do wszystkich kanałów.',
    'kind-correction_proposed': 'Sprostowanie wpisu „{{title}}” czeka na akceptację.',
    'kind-correction_rejected': 'Sprostowanie wpisu „{{title}}” odrzucono.',
    'kind-failed': 'Nie udało się opublikować wpisu „{{title}}” w kanale.',
    'kind-handoff': 'Wpis „{{title}}” czeka na ręczne opublikowanie w grupie.',
    'kind-published': 'Wpis „{{title}}” został opublikowany.',
    'kind-submitted': 'Wpis „{{title}}” czeka na akceptację.',
    'kind-withdrawal_task':
      'Wpis w BIP dla „{{title}}” wycofano – usuń kopię z kanału i potwierdź usunięcie.',
    bell: 'Powiadomienia',
    'bellUnread-few': 'Powiadomienia: {{count}} nieprzeczytane',
    'bellUnread-many': 'Powiadomienia: {{count}} nieprzeczytanych',
    'bellUnread-one': 'Powiadomienia: {{count}} nieprzeczytane',
    digestIntro: 'Nieprzeczytane powiadomienia ({{count}}):',
    digestSubject: 'Herold: podsumowanie dnia (powiadomienia: {{count}})',
    emailFooter:
      'Tę wiadomość wysłał Herold. Sposób wysyłania powiadomień zmienisz na swoim koncie, w polu „Powiadomienia e-mail”.',
    emailOpen: 'Otwórz w panelu: {{url}}',
    empty: 'Nie masz powiadomień.',
    markAllRead: 'Oznacz wszystkie jako przeczytane',
    preference: 'Powiadomienia e-mail',
    preferenceDescription:
      'Powiadomienia zawsze widać pod dzwonkiem w panelu; tu wybierasz, czy przychodzą też e-mailem.',
    'preference-daily': 'Codzienne podsumowanie (o 7:00)',
    'preference-immediately': 'Od razu',
    'preference-off': 'Nie wysyłaj',
    signIn: 'Zaloguj się, aby zobaczyć powiadomienia.',
    wrongRequest: 'Podaj listę identyfikatorów powiadomień („ids”) albo „all”: true.',
  },
}

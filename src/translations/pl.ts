/** The app's own admin texts in Polish, the default language. */
export const pl = {
  herold: {
    approvals: '(akceptacje: {{count}})',
    comment: 'Komentarz do decyzji',
    commentNeeded: 'Prośba o poprawki i wycofanie wymagają komentarza z uzasadnieniem.',
    commentsFetchAuto:
      'Komentarze pobierają się też same co 5 minut. Otwórz komentarz, aby go ukryć lub usunąć.',
    commentsFetchNow: 'Pobierz komentarze teraz',
    commentsFetching: 'Pobieranie…',
    heldForBip: 'Czeka na publikację w BIP',
    logComment: '(„{{comment}}”)',
    override: 'Zatwierdź mimo nieskonfigurowanych kanałów wymaganych dla kategorii',
    overrideHint:
      'Tylko gdy to konieczne: uzasadnienie wpisz w komentarzu; trafi do dziennika akceptacji i dziennika zmian.',
    moderation: 'Moderacja komentarza',
    moderationAction: 'Działanie',
    moderationChoosePoint: '– wybierz punkt zasad –',
    moderationDelete: 'Usuń',
    moderationDeleteSubmit: 'Usuń komentarz i zapisz w rejestrze',
    moderationGone: 'Komentarza nie ma już na Facebooku.',
    moderationHide: 'Ukryj (autor i jego znajomi nadal go widzą)',
    moderationHideSubmit: 'Ukryj komentarz i zapisz w rejestrze',
    moderationNoRules:
      'Nie ma opublikowanych zasad dyskusji z punktami, na które można się powołać. Opublikuj zasady (Przejrzystość → Zasady dyskusji), aby moderować komentarze.',
    moderationOpenEntry: 'Otwórz wpis w rejestrze',
    moderationPoint: 'Naruszony punkt (wymagany)',
    moderationPrivacy:
      'Bez imion, adresów e-mail, adresów profili i @oznaczeń – treść komentarza i autor trafiają tylko do poufnej migawki.',
    moderationRules: 'Zasady dyskusji',
    moderationRulesVersion: '{{title}} (wersja {{version}})',
    moderationSummary: 'Publiczne podsumowanie w rejestrze',
    moderationSummaryPlaceholder: 'Powstanie z wybranego punktu zasad.',
    policyAdd: 'nie dodasz: {{channels}}',
    policyAnd: ' i ',
    policyRefused: 'Zatwierdzenie zostanie odrzucone, dopóki {{fix}}.',
    policyRemove: 'nie usuniesz: {{channels}}',
    postState: 'Stan wpisu:',
  },
}

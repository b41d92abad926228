/** The fan-out's admin texts in Polish, the default language. */
export const pl = {
  fanout: {
    accountNeedsAction: 'wymaga działania administratora.',
    alerts: 'Kanały wymagają uwagi',
    alertsRegion: 'Stan kanałów',
    bipWithdrawn: 'Wpis w BIP wycofano – rozważ usunięcie kopii.',
    channel: 'Kanał',
    'channel-fanpage': 'Fanpage',
    'channel-group': 'Grupa mieszkańców',
    'channel-newsletter': 'Newsletter',
    'channel-rss': 'RSS',
    deliveries: 'Publikacja w kanałach',
    deliveriesAfterApproval: 'Wpis trafi do kanałów po zatwierdzeniu.',
    deliveriesAfterSave: 'Podgląd i stan kanałów pojawią się po zapisaniu wpisu.',
    details: 'Szczegóły',
    failedDeliveries: 'Publikacje z błędem: {{count}}',
    groupPostText: 'Treść do wklejenia w grupie',
    groupPostUrl: 'Adres posta w grupie',
    noChannels:
      'Kanały społecznościowe nie są skonfigurowane ani włączone: fanpage i grupa są pomijane. Dodaj je w {{accounts}} (albo ustaw FACEBOOK_PAGE_ID i FACEBOOK_PAGE_TOKEN) i włącz je, wskazując opublikowane zasady dyskusji.',
    postsWaiting: 'wpisy czekają – {{problem}}',
    preview: 'Podgląd: {{channel}}',
    previewWarnings: 'Podgląd: {{channel}} – ostrzeżenia: {{count}}',
    reauthorize:
      'Ponowna autoryzacja: administrator zapisuje nowy token strony w „Kanały społecznościowe”; wstrzymane publikacje wznowią się same.',
    retryNow: 'Ponów teraz',
    saveGroupPostUrl: 'Zapisz adres posta',
    state: 'Stan',
    takeDown: 'Usuń kopię z fanpage',
    viewCopy: 'Zobacz kopię',
    waitingDeliveries: 'Publikacje czekające na działanie redaktora: {{count}}',
  },
}

/** The fan-out's admin texts in Polish, the default language. */
export const pl = {
  fanout: {
    bipCheckConnection: 'Błąd połączenia: {{detail}}',
    bipCheckTimeout: 'Brak odpowiedzi w {{seconds}} s',
    envAccountName: 'Fanpage urzędu (ze zmiennych środowiskowych)',
    secretNoKey:
      'Nie można zapisać sekretu: serwer nie ma klucza szyfrującego (HEROLD_ENCRYPTION_KEY). Ustaw go albo podaj sekret w zmiennej środowiskowej.',
    auditFlagged: 'oznaczono: wpis BIP wycofany – rozważ usunięcie kopii',
    auditTakenDown: 'kopię usunięto z kanału',
    bipMissing: 'Czeka na BIP: wpis nie wskazuje wpisu w BIP.',
    bipNotPublished: 'Czeka na BIP: wpis w BIP nie jest jeszcze opublikowany.',
    bipScheduled: 'Czeka na BIP: publikacja w BIP zaplanowana na {{when}}.',
    bipWithdrawnHeld: 'Wstrzymano: wpis w BIP został wycofany.',
    commentGone:
      'Komentarza nie ma już na Facebooku (usunął go autor lub inny administrator strony).',
    commentNoAnswer:
      'Facebook nie odpowiedział na czas albo nie ma połączenia; sprawdź komentarz na Facebooku i spróbuj ponownie.',
    commentNoPermission:
      'Token strony nie ma uprawnień do moderowania komentarzy (pages_read_user_content, pages_manage_engagement). Administrator strony musi je nadać i zapisać nowy token.',
    commentRateLimit: 'Facebook ograniczył liczbę wywołań; spróbuj ponownie za {{minutes}} min.',
    commentRejected: 'Facebook odrzucił operację: {{detail}}.',
    commentTransient: 'Chwilowy błąd po stronie Facebooka; spróbuj ponownie za chwilę.',
    errorCode: 'błąd {{code}}',
    errorUnknown: 'nieznany błąd',
    fanpageNoPageId: 'Brak identyfikatora strony (Page ID) w ustawieniach kanału.',
    fanpageNoToken: 'Fanpage nie jest połączony (brak tokenu strony) – poproś administratora.',
    feedAllDescription: 'Wszystkie aktualności: {{site}}',
    feedAllTitle: '{{site}} – wszystkie aktualności',
    feedCategoryDescription: '{{category}}: aktualności – {{site}}',
    feedUnitDescription: 'Aktualności: {{unit}} – {{site}}',
    feedUnitTitle: '{{unit}} – aktualności',
    feedNotFound: 'Nie ma takiego kanału RSS. Listę kanałów znajdziesz na stronie /kanaly-rss.',
    feedUnavailable: 'Kanał RSS jest chwilowo niedostępny. Spróbuj ponownie za minutę.',
    graphBadParameter: 'Facebook odrzucił parametry wpisu: {{detail}}.',
    graphBlocked:
      'Facebook czasowo zablokował publikację z tej strony (naruszenie zasad lub podejrzenie nadużycia). Sprawdź komunikaty w Meta Business Suite.',
    graphDuplicate:
      'Facebook odrzucił wpis jako duplikat identycznego wpisu opublikowanego przed chwilą.',
    graphInvalidParameter: 'nieprawidłowy parametr',
    graphNetwork: 'Brak połączenia z Facebookiem; ponowimy próbę.',
    graphNoPermission:
      'Aplikacja nie ma uprawnień do publikacji na stronie (pages_manage_posts). Administrator strony musi nadać uprawnienia i zapisać nowy token.',
    graphRateLimit: 'Facebook ograniczył liczbę wywołań; kolejna próba za {{minutes}} min.',
    graphRejected: 'Facebook odrzucił wpis: {{detail}}.',
    graphTimeout:
      'Facebook nie odpowiedział na czas; sprawdzimy, czy wpis się ukazał, zanim spróbujemy ponownie.',
    graphTokenExpired:
      'Token strony wygasł lub został unieważniony. Administrator musi ponownie autoryzować fanpage (nowy token w ustawieniach kanału).',
    graphTransient: 'Chwilowy błąd po stronie Facebooka; ponowimy próbę.',
    groupBadSignature:
      'Operator grupy odrzucił podpis. Sprawdź sekret webhooka w ustawieniach kanału (musi być taki sam jak u operatora).',
    groupHandoff:
      'Opublikuj ten tekst w grupie mieszkańców (wklej go wraz ze zdjęciami), a potem wpisz tutaj adres posta w grupie.',
    groupNoAnswer:
      'Serwer operatora grupy nie odpowiedział; ponowimy próbę (bez ryzyka duplikatu).',
    groupNoSecret:
      'Grupa nie jest połączona (brak sekretu webhooka operatora) – poproś administratora.',
    groupNoWebhookUrl: 'Brak adresu webhooka operatora grupy w ustawieniach kanału.',
    groupNotAccepted:
      'Operator grupy chwilowo nie przyjął wpisu (HTTP {{status}}); ponowimy próbę.',
    groupPause: 'Operator grupy prosi o przerwę; kolejna próba za {{seconds}} s.',
    groupRejected: 'Operator grupy odrzucił wpis (HTTP {{status}}).',
    hashtagCount: { few: '{{n}} hasztagi', many: '{{n}} hasztagów', one: '{{n}} hasztag' },
    impressionsEmpty:
      'Facebook nie podał wyświetleń (strona ma mniej niż 100 polubień albo dane nie są jeszcze gotowe).',
    impressionsFailed: 'Nie udało się pobrać wyświetleń; pokazane są ostatnio pobrane.',
    impressionsNoPermission:
      'Token strony nie ma uprawnienia read_insights – wyświetlenia nie są pobierane.',
    impressionsRetired:
      'Facebook nie udostępnia już liczby wyświetleń wpisów (metryka wycofana przez Meta).',
    linkCount: { few: '{{n}} linki', many: '{{n}} linków', one: '{{n}} link' },
    lintCaps:
      'Tekst jest pisany głównie wielkimi literami ({{percent}}% liter) – automatyczna moderacja grupy traktuje to jak krzyk lub spam. Pisz zwykłymi literami, wielkie zostaw na początek zdań i nazwy własne.',
    lintEmoji:
      'Post zawiera {{emoji}} emoji – automatyczna moderacja grupy często wstrzymuje takie wpisy. Zostaw najwyżej {{max}}.',
    lintHashtags:
      'Post zawiera {{hashtags}} – automatyczna moderacja grupy uznaje nadmiar hasztagów za spam. Zostaw najwyżej {{max}}.',
    lintLinks:
      'Post zawiera {{links}} – posty z więcej niż {{max}} bywają wstrzymywane przez automatyczną moderację grupy. Zostaw najważniejsze, np. link do publikacji w BIP.',
    lintPhone:
      'Numer telefonu w pierwszej linii ({{phone}}) wygląda dla automatycznej moderacji grupy jak ogłoszenie handlowe lub spam – przenieś go niżej, do treści posta.',
    lintShortener:
      'Skrócone linki ({{list}}) są często wstrzymywane przez automatyczną moderację grupy – użyj pełnego adresu.',
    moreLinks: { few: '{{n}} linkami', many: '{{n}} linkami', one: '{{n}} linkiem' },
    notConfigured: 'Kanał nie jest skonfigurowany: {{problem}}',
    notConfiguredAccount: 'brak konta kanału.',
    notConfiguredFanpage:
      'nie dodano konta fanpage. Fanpage nie jest połączony – poproś administratora (konto dodaje się w „Kanały społecznościowe”).',
    notConfiguredGroup:
      'nie dodano grupy mieszkańców. Dodaj ją w „Kanały społecznościowe” (webhook operatora albo zadanie dla redaktora).',
    reachCannotRead: 'Nie można odczytać zasięgów: {{problem}}',
    reachGone: 'Kopii nie ma już na Facebooku; pokazane są ostatnio pobrane liczby.',
    reasonChannelDisabled: 'Kanał został wyłączony lub usunięty.',
    reasonChannelNeedsAdmin: 'Kanał wymaga działania administratora.',
    reasonPostNotPublished: 'Wpis nie jest już opublikowany.',
    reasonPostWithdrawn: 'Wpis wycofany lub cofnięty do poprawy przed publikacją w kanale.',
    reasonThrottled: 'Wstrzymane: limit wywołań Facebooka.',
    reasonWaitingForPublication: 'Czeka na termin publikacji wpisu.',
    rssRefreshFailed: 'Nie udało się odświeżyć kanałów RSS: {{detail}}',
    rulesDisabledOnly:
      'Kanał „{{name}}” może być włączony tylko z opublikowanymi zasadami dyskusji. {{problem}}',
    rulesMissing:
      'Kanał nie ma wskazanych zasad dyskusji. {{why}} Opublikuj zasady w „Zasady dyskusji” i wybierz je w polu „Zasady dyskusji” kanału albo zapisz kanał jako wyłączony.',
    rulesNotFound:
      'Nie znaleziono wskazanych zasad dyskusji. Wybierz istniejące, opublikowane zasady.',
    rulesNotGoverning:
      'Zasady dyskusji {{title}} nie dotyczą profilu typu „{{platform}}”. Dodaj ten profil w polu „Dotyczy profili” zasad albo wybierz zasady, które go obejmują.',
    rulesTitleUnnamed: 'wskazane w kanale',
    rulesUnpublished:
      'Zasady dyskusji {{title}} nie są opublikowane. {{why}} Opublikuj je (albo wybierz w kanale inne, opublikowane zasady); wstrzymane wpisy zostaną wtedy wysłane.',
    rulesWhy:
      'Każdy profil, na którym mieszkańcy dyskutują, musi mieć opublikowane zasady dyskusji: kto go prowadzi, jak moderujemy i gdzie złożyć skargę.',
    apiCannotTakeDown: 'Tej kopii nie można usunąć automatycznie.',
    apiDeliveryNotFound: 'Nie znaleziono publikacji.',
    apiGroupPostSaved: 'Zapisano adres posta w grupie.',
    apiGroupPostUrl: 'Podaj pełny adres posta w grupie (https://www.facebook.com/groups/…).',
    apiPostNotFound: 'Nie znaleziono wpisu.',
    apiRecordOnlyGroup: 'Adres posta zapisuje się tylko dla zadania publikacji w grupie.',
    apiRequeued: 'Publikacja wróciła do kolejki.',
    apiRetryState: 'Ponowić można tylko publikację z błędem lub wymagającą działania.',
    apiSignIn: 'Zaloguj się.',
    apiTakeDownRole: 'Kopię usuwa osoba zatwierdzająca lub administrator.',
    apiTakenDown: 'Kopię usunięto z fanpage.',
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
      'Fanpage i grupa nie są połączone ani włączone, więc wpisy do nich nie trafiają – poproś administratora. Administrator dodaje je w {{accounts}} i włącza, wskazując opublikowane zasady dyskusji.',
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

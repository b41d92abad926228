/** The reports' admin texts in Polish, the default language. */
export const pl = {
  reports: {
    allUnits: 'Wszystkie jednostki',
    byCategory: 'kategorii',
    byUnit: 'jednostek',
    chooseReport: 'Wybierz jeden z dostępnych raportów:',
    csv: 'Pobierz CSV (Excel)',
    csvNote: '– te same liczby co w tabelach poniżej.',
    description: 'Opis',
    filters: 'Filtry raportu',
    from: 'Od miesiąca',
    groupBy: 'Zestaw według',
    intro:
      'Zestawienia dla zespołu komunikacji: aktywność jednostek, zgodność z zasadą „najpierw BIP”, moderacja i zasięgi. Każdy raport ma wykres, tabele i eksport do pliku CSV (Excel).',
    noData: 'Brak danych w wybranym okresie',
    noRows: 'Brak pozycji w wybranym okresie.',
    notFound: 'Nie ma takiego raportu',
    open: 'Otwórz raport: {{title}}',
    report: 'Raport',
    reports: 'Raporty',
    show: 'Pokaż',
    staffOnly:
      'Raporty są dostępne dla osób zatwierdzających i administratorów. Jeśli potrzebujesz zestawienia, poproś o nie zespół komunikacji.',
    'summary-aktywnosc':
      'Wpisy opublikowane przez jednostki w kolejnych miesiącach, ich publikacje w kanałach, czas akceptacji, czas od publikacji w BIP do pierwszej kopii w mediach społecznościowych i udział informacji publicznej z wpisem w BIP.',
    'summary-bip':
      'Informacja publiczna i jej wpisy w BIP, wiadomości lokalne, które wyglądają na sprawy urzędowe („Czy to nie powinno być w BIP?”), oraz wpisy BIP, których nie zapowiedział żaden kanał.',
    'summary-moderacja':
      'Działania moderacyjne z rejestru i skargi na nie w kolejnych miesiącach, z rozstrzygnięciami i czasem rozpatrzenia.',
    'summary-zasiegi':
      'Reakcje, komentarze, udostępnienia i – jeśli Facebook je podaje – wyświetlenia kopii wpisów na fanpage, według jednostek lub kategorii. Liczby pobierane są raz na dobę.',
    'title-aktywnosc': 'Aktywność jednostek',
    'title-bip': 'BIP a media społecznościowe',
    'title-moderacja': 'Statystyki moderacji',
    'title-zasiegi': 'Zasięgi kopii na fanpage',
    to: 'Do miesiąca',
    unit: 'Jednostka',
  },
}

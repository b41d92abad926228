import type { AccessibilityStatement } from '../../payload-types'

/** The demo gmina's accessibility statement, as an office would fill it in after a self-assessment. */
export const DEMO_STATEMENT: Omit<AccessibilityStatement, 'createdAt' | 'id' | 'updatedAt'> = {
  apps: 'Gmina Wisłotki nie udostępnia aplikacji mobilnych.',
  architecture: [
    'Urząd Gminy Wisłotki mieści się w parterowym budynku przy ul. Rynek 1. Do wejścia głównego prowadzi podjazd dla wózków o szerokości 1,5 m; drzwi otwierają się automatycznie.',
    'Wszystkie pokoje obsługi mieszkańców, w tym Biuro Obsługi Klienta i sala sesyjna, są na parterze, bez progów. Toaleta przystosowana dla osób z niepełnosprawnościami jest na końcu korytarza, obok sali sesyjnej.',
    'Przed urzędem są dwa oznaczone miejsca parkingowe dla osób z niepełnosprawnościami. W Biurze Obsługi Klienta działa przenośna pętla indukcyjna. Do budynku można wejść z psem asystującym i psem przewodnikiem.',
    'W budynku nie ma oznaczeń w alfabecie Braille’a ani oznaczeń kontrastowych lub w druku powiększonym dla osób niewidomych i słabowidzących.',
  ].join('\n\n'),
  assessmentMethod: 'self_assessment',
  contactEmail: 'dostepnosc@wislotki.example',
  contactPerson: 'Anna Administracyjna',
  contactPhone: '+48 12 345 67 00',
  entityName: 'Gmina Wisłotki',
  exemptions: [
    {
      content:
        'Pliki opublikowane przed 23 września 2018 r. (archiwalne ogłoszenia w BIP) – wyłączone na podstawie art. 3 ust. 4 pkt 1 ustawy.',
    },
  ],
  nonCompliant: [
    {
      content: 'Niektóre zdjęcia w starszych aktualnościach nie mają opisu alternatywnego.',
      reason:
        'Opublikowano je przed wprowadzeniem obowiązkowego pola „Tekst alternatywny”; uzupełniamy opisy.',
    },
    {
      content: 'Część załączników (skany uchwał) to pliki PDF bez warstwy tekstowej.',
      reason: 'Skany dokumentów papierowych; na żądanie udostępniamy ich treść w formie dostępnej.',
    },
  ],
  officeAddress:
    'Urząd Gminy Wisłotki\nul. Rynek 1, 00-000 Wisłotki\ntel. +48 12 345 67 00, e-mail: urzad@wislotki.example',
  preparedOn: '2025-03-20T12:00:00.000Z',
  reviewedOn: '2026-03-25T12:00:00.000Z',
  signLanguage: [
    'Osoby uprawnione w rozumieniu ustawy z dnia 19 sierpnia 2011 r. o języku migowym i innych środkach komunikowania się mogą bezpłatnie skorzystać z pomocy tłumacza polskiego języka migowego (PJM), systemu językowo-migowego (SJM) lub sposobu komunikowania się osób głuchoniewidomych (SKOGN).',
    'Chęć skorzystania z tłumacza należy zgłosić co najmniej 3 dni robocze przed wizytą w urzędzie (z wyłączeniem sytuacji nagłych): e-mailem, telefonicznie (także SMS-em) lub pisemnie. Urząd zapewnia też zdalne tłumaczenie online.',
  ].join('\n\n'),
  sitePublishedOn: '2025-01-15T12:00:00.000Z',
  siteUpdatedOn: '2026-03-01T12:00:00.000Z',
  status: 'partially_compliant',
}

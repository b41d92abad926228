import type { RequiredDataFromCollectionSlug } from 'payload'

import type { Doc } from './types'

import { lexicalParagraphs } from '../lexical'

/** The published discussion rules of the office's Page and of its posts in the residents' group. */
export const demoRules = (
  units: Record<string, Doc>,
): (Pick<
  RequiredDataFromCollectionSlug<'discussion-rules'>,
  'funding' | 'governs' | 'operator' | 'rules' | 'title'
> & { slug: string })[] => [
  {
    slug: 'fanpage-urzedu-gminy',
    funding: {
      amount: 12000,
      details: 'Część wynagrodzenia pracownika ds. komunikacji.',
      period: 'rocznie',
      publiclyFunded: true,
    },
    governs: [
      {
        name: 'Urząd Gminy Wisłotki',
        personalProfileUsedOfficially: false,
        platform: 'facebook_page',
        unit: units['urzad-gminy'].id,
        url: 'https://www.facebook.com/UrzadGminyWislotki',
      },
    ],
    operator: 'Referat Organizacyjny Urzędu Gminy Wisłotki',
    rules: lexicalParagraphs(
      'Profil służy informowaniu mieszkańców o sprawach gminy. Zapraszamy do rzeczowej dyskusji.',
      'Usuwamy komentarze zawierające wulgaryzmy, groźby, treści dyskryminujące, spam i dane osobowe osób trzecich.',
      'Oficjalnym źródłem informacji publicznej jest Biuletyn Informacji Publicznej gminy.',
    ),
    title: 'Zasady dyskusji na profilu Urzędu Gminy Wisłotki',
  },
  // The residents' group is run by an operator; these rules cover the office's posts there.
  {
    slug: 'grupa-mieszkancow-wislotek',
    funding: { publiclyFunded: false },
    governs: [
      {
        name: 'Mieszkańcy Wisłotek (grupa)',
        personalProfileUsedOfficially: false,
        platform: 'facebook_group',
        unit: units['urzad-gminy'].id,
        url: 'https://www.facebook.com/groups/wislotki',
      },
    ],
    operator:
      'Grupę prowadzi jej administrator (operator grupy); wpisy gminy publikuje Referat Organizacyjny Urzędu Gminy Wisłotki.',
    rules: lexicalParagraphs(
      'Pod wpisami gminy w grupie obowiązują te same zasady co na profilu urzędu: rzeczowa dyskusja, bez wulgaryzmów, gróźb, spamu i danych osobowych osób trzecich.',
      'Komentarze moderuje administrator grupy według regulaminu grupy; gmina dokumentuje w rejestrze moderacji każdą własną decyzję.',
      'Oficjalnym źródłem informacji publicznej jest Biuletyn Informacji Publicznej gminy.',
    ),
    title: 'Zasady dyskusji pod wpisami gminy w grupie „Mieszkańcy Wisłotek”',
  },
]

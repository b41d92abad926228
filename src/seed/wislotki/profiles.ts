import type { Unit } from '../../payload-types'

/**
 * Official profiles of the demo units: the council's Page passed from one term to the
 * next, a Page it no longer uses, and a look-alike page staff noted but never verified.
 */
export const PROFILES: Record<string, NonNullable<Unit['officialProfiles']>> = {
  biblioteka: [
    {
      handle: 'biblioteka.wislotki',
      platform: 'instagram',
      since: '2021-09-01T00:00:00.000Z',
      url: 'https://www.instagram.com/biblioteka.wislotki',
      verified: true,
    },
  ],
  'osp-wislotki': [
    {
      handle: 'OSPWislotki',
      platform: 'facebook_page',
      since: '2017-03-01T00:00:00.000Z',
      url: 'https://www.facebook.com/OSPWislotki',
      verified: true,
    },
    {
      handle: 'OSP Wisłotki – Info',
      note: 'Strona założona przez osobę spoza jednostki; zgłoszona do Facebooka jako podszywanie się.',
      platform: 'facebook_page',
      url: 'https://www.facebook.com/OSPWislotkiInfo',
      verified: false,
    },
  ],
  'rada-gminy': [
    {
      handle: 'RadaGminyWislotki',
      handovers: [
        {
          at: '2024-05-07T00:00:00.000Z',
          from: 'Rada Gminy Wisłotki VIII kadencji (2018–2024)',
          note: 'Dostęp administratora przekazany Biuru Rady; hasła zmienione.',
          to: 'Rada Gminy Wisłotki IX kadencji (2024–2029)',
        },
      ],
      platform: 'facebook_page',
      since: '2018-11-20T00:00:00.000Z',
      url: 'https://www.facebook.com/RadaGminyWislotki',
      verified: true,
    },
    {
      handle: 'Rada Gminy Wisłotki 2014–2018',
      note: 'Profil jednej kadencji, zastąpiony profilem prowadzonym przez Biuro Rady.',
      platform: 'facebook_page',
      since: '2015-01-10T00:00:00.000Z',
      until: '2018-11-20T00:00:00.000Z',
      url: 'https://www.facebook.com/RadaGminyWislotki2014',
      verified: true,
    },
  ],
  'urzad-gminy': [
    {
      handle: 'UrzadGminyWislotki',
      platform: 'facebook_page',
      since: '2016-03-01T00:00:00.000Z',
      url: 'https://www.facebook.com/UrzadGminyWislotki',
      verified: true,
    },
  ],
}

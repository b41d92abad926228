/** The demo gmina's units; `parent` names another unit by its slug. */
export const DEMO_UNITS = [
  { approvalLevels: 1, kind: 'office', name: 'Urząd Gminy Wisłotki', slug: 'urzad-gminy' },
  {
    approvalLevels: 1,
    kind: 'mayor',
    name: 'Wójt Gminy Wisłotki',
    parent: 'urzad-gminy',
    slug: 'wojt',
  },
  { approvalLevels: 2, kind: 'council', name: 'Rada Gminy Wisłotki', slug: 'rada-gminy' },
  {
    approvalLevels: 1,
    kind: 'solectwo',
    name: 'Sołectwo Brzozówka',
    parent: 'urzad-gminy',
    slug: 'solectwo-brzozowka',
  },
  {
    approvalLevels: 1,
    kind: 'solectwo',
    name: 'Sołectwo Lipowo',
    parent: 'urzad-gminy',
    slug: 'solectwo-lipowo',
  },
  {
    approvalLevels: 1,
    kind: 'school',
    name: 'Szkoła Podstawowa im. Marii Konopnickiej w Wisłotkach',
    slug: 'szkola-podstawowa',
  },
  {
    approvalLevels: 1,
    kind: 'library',
    name: 'Gminna Biblioteka Publiczna w Wisłotkach',
    slug: 'biblioteka',
    trusted: true,
  },
  { approvalLevels: 0, kind: 'osp', name: 'OSP Wisłotki', slug: 'osp-wislotki', trusted: true },
  { approvalLevels: 1, kind: 'sports_club', name: 'LKS Wisła Wisłotki', slug: 'lks-wisla' },
] as const

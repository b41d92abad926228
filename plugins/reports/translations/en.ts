import type { pl } from './pl'

/** The reports' admin texts in English. */
export const en: typeof pl = {
  reports: {
    allUnits: 'All units',
    byCategory: 'categories',
    byUnit: 'units',
    chooseReport: 'Choose one of the available reports:',
    csv: 'Download CSV (Excel)',
    csvNote: '– the same figures as in the tables below.',
    description: 'Description',
    filters: 'Report filters',
    from: 'From month',
    groupBy: 'Group by',
    intro:
      'Summaries for the communication team: unit activity, the “BIP first” rule, moderation and reach. Every report has a chart, tables and a CSV (Excel) export.',
    noData: 'No data in the chosen period',
    noRows: 'No items in the chosen period.',
    notFound: 'No such report',
    open: 'Open report: {{title}}',
    report: 'Report',
    reports: 'Reports',
    show: 'Show',
    staffOnly:
      'Reports are available to approvers and administrators. If you need a summary, ask the communication team for it.',
    'summary-aktywnosc':
      'Posts published by the units month by month, their publications in the channels, time to approval, time from the BIP entry to the first social media copy and the share of public information with a BIP entry.',
    'summary-bip':
      'Public information and its BIP entries, local news that looks like official business (“Should this not be in BIP?”), and BIP entries that no channel announced.',
    'summary-moderacja':
      'Moderation acts from the register and complaints about them month by month, with their outcomes and handling time.',
    'summary-zasiegi':
      'Reactions, comments, shares and – where Facebook gives them – views of the fanpage copies, by unit or category. The figures are fetched once a day.',
    'title-aktywnosc': 'Unit activity',
    'title-bip': 'BIP and social media',
    'title-moderacja': 'Moderation statistics',
    'title-zasiegi': 'Reach of the fanpage copies',
    to: 'To month',
    unit: 'Unit',
  },
}

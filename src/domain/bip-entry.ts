import { option, polishLabelOf } from './labels'

/** The states of a BIP entry, for its collection, the audit log and the reports. */
export const BIP_STATES = [
  option('draft', 'Szkic (jeszcze nie w BIP)', 'Draft (not yet in BIP)'),
  option('published', 'Opublikowany w BIP', 'Published in BIP'),
  option('withdrawn', 'Wycofany z BIP', 'Withdrawn from BIP'),
] as const

/** The fields of a BIP entry whose changes its change register and the audit log describe. */
export const BIP_TRACKED = [
  { label: 'adres', name: 'url' },
  { label: 'tytuł', name: 'title' },
  { label: 'znak sprawy', name: 'caseReference' },
  { label: 'jednostka', name: 'producingUnit' },
  { label: 'data wytworzenia', name: 'producedAt' },
  { label: 'data publikacji', name: 'publishedAt' },
  { label: 'osoba odpowiedzialna', name: 'responsiblePerson' },
  { format: (v: unknown) => polishLabelOf(BIP_STATES, v as string), label: 'stan', name: 'state' },
]

import type { Metryczka } from '../types'

import { parsePolishDate } from './polish-date'
import { textBlocks } from './html-text'

type Key = keyof Metryczka

// Labels as the common Polish BIP systems print them (art. 8 ust. 6: who produced, who entered,
// when produced and published), lower case, without the trailing colon; longer ones first.
const LABELS: [Key, string[]][] = [
  ['sharedBy', ['podmiot udostępniający informację', 'podmiot udostępniający']],
  [
    'producedBy',
    [
      'informację wytworzył',
      'osoba wytwarzająca',
      'wytworzył(a)',
      'wytworzyła',
      'wytworzył',
      'autor',
    ],
  ],
  ['producedAt', ['data wytworzenia informacji', 'data wytworzenia', 'wytworzono']],
  [
    'enteredBy',
    [
      'informację wprowadził',
      'osoba wprowadzająca',
      'wprowadził(a)',
      'wprowadziła',
      'wprowadził',
      'opublikował(a)',
      'opublikował',
    ],
  ],
  [
    'publishedAt',
    [
      'data udostępnienia informacji',
      'data publikacji',
      'data udostępnienia',
      'data wprowadzenia',
      'opublikowano',
      'udostępniono',
    ],
  ],
  [
    'responsible',
    [
      'osoba odpowiedzialna za treść',
      'osoba odpowiedzialna za informację',
      'osoba odpowiedzialna',
      'odpowiedzialny za treść',
      'odpowiedzialny',
    ],
  ],
  [
    'modifiedAt',
    ['data ostatniej modyfikacji', 'data modyfikacji', 'data aktualizacji', 'zmodyfikowano'],
  ],
  ['modifiedBy', ['ostatnio zmodyfikował', 'zmodyfikował(a)', 'zmodyfikował', 'aktualizował']],
]
const DATES = new Set<Key>(['modifiedAt', 'producedAt', 'publishedAt'])

const labelOf = (block: string): null | { key: Key; rest: string } => {
  const lower = block.toLocaleLowerCase('pl-PL')
  for (const [key, names] of LABELS) {
    for (const name of names) {
      if (!lower.startsWith(name)) continue
      const rest = block.slice(name.length)
      // A label alone, or "Label: value" in one block; "Autorski program" is no label.
      if (rest === '' || /^\s*:/.test(rest)) return { key, rest: rest.replace(/^\s*:\s*/, '') }
    }
  }
  return null
}

/**
 * The metryczka of a BIP entry page, read from its text blocks: a label in one cell (`th`, `dt`,
 * a `div` or `span`) and its value in the next, or "Label: value" in one block. The first value
 * of each label counts; dates are read as Warsaw time. Only what the page states is returned.
 */
export const parseMetryczka = (html: string): Metryczka => {
  const blocks = textBlocks(html)
  const found: Metryczka = {}
  for (let i = 0; i < blocks.length; i++) {
    const label = labelOf(blocks[i])
    if (!label || found[label.key] !== undefined) continue
    let value = label.rest
    if (!value) {
      const next = blocks[i + 1]
      if (!next || labelOf(next)) continue
      value = next
    }
    value = value.trim()
    if (DATES.has(label.key)) {
      const date = parsePolishDate(value)
      if (date) found[label.key] = date
    } else if (value) {
      found[label.key] = value
    }
  }
  return found
}

import { findCaseReferences, normalizeCaseReference } from '../../../src/domain/case-reference'
import { looseText } from './html-text'

/** The post being written, as far as the editor has filled it in. */
export type Draft = { date: Date; text: string; title: string; unit: null | number }
/** A BIP entry that might be the one the post should cite. */
export type Candidate = {
  caseReference?: null | string
  date: null | string
  title: string
  unit: null | number
}
export type MatchReason = 'caseReference' | 'date' | 'title' | 'unit'
export type Match = { reasons: MatchReason[]; score: number }

const STOP = new Set(['dla', 'oraz', 'przez', 'roku', 'sprawie', 'który', 'która', 'które'])
// A crude stem against Polish inflection: "sesja"/"sesji", "rekrutacja"/"rekrutacji" meet.
const stem = (word: string) => word.slice(0, word.length >= 6 ? 5 : 4)
const words = (text: string) =>
  new Set(
    looseText(text)
      .split(' ')
      .filter((w) => w.length > 2 && !STOP.has(w))
      .map(stem),
  )

/** How alike two titles are: the Dice coefficient of their meaningful words' stems (0..1). */
export const titleSimilarity = (a: string, b: string): number => {
  const left = words(a)
  const right = words(b)
  if (left.size === 0 || right.size === 0) return 0
  const shared = [...left].filter((w) => right.has(w)).length
  return (2 * shared) / (left.size + right.size)
}

const DAY = 86_400_000

/**
 * How well a BIP entry fits a post (0..1): the same case reference settles it (0.6), a similar
 * title weighs up to 0.3, the same unit 0.1 and an entry dated within two weeks of the post up to
 * 0.1, fading with the distance. The reasons name what contributed.
 */
export const scoreBipMatch = (draft: Draft, entry: Candidate): Match => {
  const reasons: MatchReason[] = []
  let score = 0
  const references = findCaseReferences(`${draft.title} ${draft.text}`)
  if (entry.caseReference && references.includes(normalizeCaseReference(entry.caseReference))) {
    score += 0.6
    reasons.push('caseReference')
  }
  const similarity = titleSimilarity(draft.title, entry.title)
  if (similarity >= 0.2) {
    score += 0.3 * similarity
    reasons.push('title')
  }
  if (draft.unit !== null && entry.unit === draft.unit) {
    score += 0.1
    reasons.push('unit')
  }
  if (entry.date) {
    const days = Math.abs(draft.date.getTime() - new Date(entry.date).getTime()) / DAY
    if (days <= 14) {
      score += 0.1 * (1 - days / 14)
      reasons.push('date')
    }
  }
  return { reasons, score: Math.round(Math.min(1, score) * 1000) / 1000 }
}

import { looseText } from './html-text'

export type UnitName = { id: number; name: string }

const words = (text: string) =>
  new Set(
    looseText(text)
      .split(' ')
      .filter((w) => w.length > 1),
  )

/**
 * The unit a metryczka names ("Wytworzył: Urząd Gminy Testowo, Referat Organizacyjny"): the same
 * name, else a unit whose whole name the text contains (the longest such), else the unit sharing
 * most words with it when at least three quarters of the unit's words appear. Null when unsure.
 */
export const matchUnit = (text: null | string | undefined, units: UnitName[]): null | number => {
  if (!text) return null
  const wanted = looseText(text)
  if (!wanted) return null
  const same = units.find((u) => looseText(u.name) === wanted)
  if (same) return same.id
  const contained = units
    .filter((u) => looseText(u.name) && ` ${wanted} `.includes(` ${looseText(u.name)} `))
    .sort((a, b) => b.name.length - a.name.length)[0]
  if (contained) return contained.id
  const have = words(text)
  let best: { id: number; share: number } | null = null
  for (const unit of units) {
    const own = words(unit.name)
    if (own.size === 0) continue
    const share = [...own].filter((w) => have.has(w)).length / own.size
    if (share >= 0.75 && (!best || share > best.share)) best = { id: unit.id, share }
  }
  return best?.id ?? null
}

/** Polish plural forms for translated texts; no server imports, so client components use it too. */

export type PluralForm = 'few' | 'many' | 'one'

const polishPlurals = new Intl.PluralRules('pl')

/** The Polish plural form of a count (`other`, for fractions, reads as `many`). */
export const pluralForm = (count: number): PluralForm => {
  const form = polishPlurals.select(count)
  return form === 'one' || form === 'few' ? form : 'many'
}

/**
 * `t` of `{base}-one`, `{base}-few` or `{base}-many` by the count's Polish plural form, with
 * `{{count}}` set. English texts give `few` and `many` the same plural, so Polish rules fit both.
 * Not Payload's `_one`/`_other` keys: its choice of form (by `count` alone) is not Polish.
 */
export const plural = <Base extends string>(
  t: (key: `${NoInfer<Base>}-${PluralForm}`, vars?: Record<string, unknown>) => string,
  base: Base,
  count: number,
  vars?: Record<string, unknown>,
) => t(`${base}-${pluralForm(count)}`, { ...vars, count })

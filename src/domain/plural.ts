/** The plural forms the app's texts provide: Polish needs one, few and many; English one and other. */
export type PluralKey = 'few' | 'many' | 'one' | 'other'

/** Which plural form a count takes in a language (`Intl.PluralRules`): 1 pozycja, 2 pozycje, 5 pozycji. */
export const pluralKey = (language: string, count: number): PluralKey => {
  const category = new Intl.PluralRules(language).select(count)
  return category === 'one' || category === 'few' || category === 'many' ? category : 'other'
}

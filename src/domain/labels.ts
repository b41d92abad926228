/** A label in both admin languages; Polish is the default, English is available. */
export type Label = { en: string; pl: string }

export const label = (pl: string, en: string): Label => ({ en, pl })

export type Option<V extends string = string> = { label: Label; value: V }

export const option = <V extends string>(value: V, pl: string, en: string): Option<V> => ({
  label: label(pl, en),
  value,
})

export const valuesOf = <V extends string>(options: readonly Option<V>[]): V[] =>
  options.map((o) => o.value)

export const polishLabelOf = (options: readonly Option[], value: null | string | undefined) =>
  options.find((o) => o.value === value)?.label.pl ?? value ?? ''

/** Picks the message in the request's language; Polish unless the user chose English. */
export const say = (req: { i18n?: { language?: string } } | undefined, pl: string, en: string) =>
  req?.i18n?.language === 'en' ? en : pl

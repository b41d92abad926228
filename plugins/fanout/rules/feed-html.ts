/**
 * Cleans the HTML Payload's Lexical converter writes before it goes into a feed's
 * `content:encoded`. The converter renders through JSX templates and leaves what only matters
 * inside the editor: empty `class=""` and `style=""`, a `value` on every list item (even in
 * bullet lists, and in numbered lists where it only repeats the item's position), JSX attribute
 * names (`htmlFor`, `tabIndex`, `readOnly="true"`), self-closing void tags and the templates'
 * line breaks inside tags. A checklist item is an editor widget (role, tab stop, and an input
 * whose id is random on every conversion, which would change the feed's ETag with nothing
 * changed): in a feed it is a disabled checkbox before the text. Attributes that mean something
 * (a numbered list that jumps, alignment styles) are kept.
 */

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*(\/?)>/g
const ATTRIBUTE = /([^\s=>/]+)(?:="([^"]*)")?/g

const JSX_NAMES: Record<string, string> = {
  classname: 'class',
  htmlfor: 'for',
  readonly: 'readonly',
  tabindex: 'tabindex',
}
const BOOLEAN = new Set(['checked', 'disabled', 'readonly'])
/** Editor-only attributes per element (names as written after JSX_NAMES). */
const DROPPED: Record<string, Set<string>> = {
  input: new Set(['id', 'readonly']),
  label: new Set(['for']),
  li: new Set(['aria-checked', 'role', 'tabindex', 'value']),
}

type ListFrame = { counter: number; ordered: boolean }

const attributesOf = (source: string) =>
  [...source.matchAll(ATTRIBUTE)].map((m) => ({ name: m[1], value: m[2] }))

const writeAttributes = (attributes: { name: string; value?: string }[]) =>
  attributes
    .map(({ name, value }) => (value === undefined ? ` ${name}` : ` ${name}="${value}"`))
    .join('')

/** The item's `value`, when it says something its position does not; updates the list's counter. */
const meaningfulValue = (list: ListFrame | undefined, value: string | undefined) => {
  if (!list) return value
  const expected = list.counter + 1
  const given = value !== undefined && /^-?\d+$/.test(value) ? Number(value) : null
  list.counter = given ?? expected
  if (!list.ordered) return undefined
  return given === null || given === expected ? undefined : value
}

export const cleanFeedHtml = (html: string): string => {
  const lists: ListFrame[] = []
  return html.replace(TAG, (_whole, closing: string, rawName: string, rawAttributes: string) => {
    const name = rawName.toLowerCase()
    if (closing) {
      if (name === 'ol' || name === 'ul') lists.pop()
      return `</${name}>`
    }
    const attributes: { name: string; value?: string }[] = []
    for (const attribute of attributesOf(rawAttributes)) {
      const lower = attribute.name.toLowerCase()
      const attrName = JSX_NAMES[lower] ?? attribute.name
      if ((lower === 'class' || lower === 'style') && !attribute.value?.trim()) continue
      if (DROPPED[name]?.has(attrName.toLowerCase())) continue
      if (BOOLEAN.has(attrName) && attribute.value !== 'false') {
        attributes.push({ name: attrName })
        continue
      }
      attributes.push({ name: attrName, value: attribute.value })
    }
    if (name === 'li') {
      const given = attributesOf(rawAttributes).find((a) => a.name.toLowerCase() === 'value')
      const value = meaningfulValue(lists.at(-1), given?.value)
      if (value !== undefined) attributes.push({ name: 'value', value })
    }
    if (name === 'input' && !attributes.some((a) => a.name === 'disabled'))
      attributes.push({ name: 'disabled' })
    if (name === 'ol' || name === 'ul') lists.push({ counter: 0, ordered: name === 'ol' })
    return `<${name}${writeAttributes(attributes)}>`
  })
}

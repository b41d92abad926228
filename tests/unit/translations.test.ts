import { describe, expect, it } from 'vitest'

import { translations as fanout } from '../../plugins/fanout/translations'
import { translations as newsletter } from '../../plugins/newsletter/translations'
import { translations as reports } from '../../plugins/reports/translations'
import { translations as app } from '../../src/translations'

/** Every text of a translations object by its key path, e.g. `fanout:retryNow`. */
const textsOf = (value: object, prefix = ''): [string, string][] =>
  Object.entries(value).flatMap(([key, inner]): [string, string][] =>
    typeof inner === 'object' && inner !== null
      ? textsOf(inner, `${prefix}${key}:`)
      : [[`${prefix}${key}`, String(inner)]],
  )

/** Each key with the `{{name}}` placeholders of its text. */
const shapeOf = (value: object) =>
  Object.fromEntries(
    textsOf(value).map(([key, text]) => [
      key,
      [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort(),
    ]),
  )

describe('admin translations', () => {
  it.each([
    ['app', app],
    ['fanout', fanout],
    ['newsletter', newsletter],
    ['reports', reports],
  ])('%s: Polish and English have the same keys and placeholders, none empty', (_, t) => {
    expect(shapeOf(t.en)).toEqual(shapeOf(t.pl))
    for (const [key, text] of [...textsOf(t.en), ...textsOf(t.pl)])
      expect(text.trim(), key).not.toBe('')
  })
})

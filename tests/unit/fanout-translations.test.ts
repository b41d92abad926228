import { describe, expect, it } from 'vitest'

import { GraphError, classifyGraphError } from '../../plugins/fanout/channels/graph-errors'
import { planDelivery } from '../../plugins/fanout/delivery/states'
import { fanoutT, plural, polishT } from '../../plugins/fanout/i18n'
import { renderSocialCopy } from '../../plugins/fanout/render/social-copy'
import { lintGroupPost } from '../../plugins/fanout/rules/group-lint'
import { rulesProblem } from '../../plugins/fanout/rules/discussion-rules'
import { translations } from '../../plugins/fanout/translations'

/** Every key path of a translations object, e.g. `fanout:linkCount:few`. */
const keysOf = (value: object, prefix = ''): string[] =>
  Object.entries(value).flatMap(([key, inner]) =>
    typeof inner === 'object' && inner !== null
      ? keysOf(inner, `${prefix}${key}:`)
      : [`${prefix}${key}`],
  )

const englishT = fanoutT({ translations: translations.en })
const rateLimited = new GraphError(
  400,
  { code: 4, message: 'limit' },
  new Headers({ 'x-business-use-case-usage': '{"1":[{"estimated_time_to_regain_access":7}]}' }),
)

describe('fan-out translations', () => {
  it('has exactly the same keys in English as in Polish', () => {
    expect(keysOf(translations.en).sort()).toEqual(keysOf(translations.pl).sort())
  })

  it('renders an engine error in both languages', () => {
    expect(classifyGraphError(rateLimited).message).toBe(
      'Facebook ograniczył liczbę wywołań; kolejna próba za 7 min.',
    )
    expect(classifyGraphError(rateLimited, englishT).message).toBe(
      'Facebook limited the number of calls; next attempt in 7 min.',
    )
  })

  it('renders a delivery reason in both languages', () => {
    const input = { gate: { ok: true as const }, misconfiguration: null, postState: 'approved' }
    expect(planDelivery(input).reason).toBe('Czeka na termin publikacji wpisu.')
    expect(planDelivery(input, englishT).reason).toBe('Waiting for the post’s publication time.')
    expect(rulesProblem('group', null, englishT)).toMatch(/^The channel names no rules/)
  })

  it('picks Polish plural forms by Intl.PluralRules', () => {
    const forms = [1, 2, 4, 5, 12, 21, 22, 25, 112, 122].map((n) =>
      plural(polishT, 'fanout:linkCount', n),
    )
    expect(forms).toEqual([
      '1 link',
      '2 linki',
      '4 linki',
      '5 linków',
      '12 linków',
      '21 linków',
      '22 linki',
      '25 linków',
      '112 linków',
      '122 linki',
    ])
    expect(plural(englishT, 'fanout:linkCount', 1)).toBe('1 link')
    expect(plural(englishT, 'fanout:linkCount', 22)).toBe('22 links')
  })

  it('lints the group post in the language it is given', () => {
    const text = 'Zobacz https://a.pl/1 https://b.pl/2 https://c.pl/3'
    expect(lintGroupPost(text)[0].message).toMatch(
      /^Post zawiera 3 linki – posty z więcej niż 2 linkami/,
    )
    expect(lintGroupPost(text, undefined, englishT)[0].message).toMatch(
      /^The post has 3 links – posts with more than 2 links/,
    )
  })

  it('writes the words of a copy in the language it is given', () => {
    const input = {
      maxLength: 500,
      postUrl: 'https://wola.pl/a/1',
      title: 'Festyn',
      unitName: 'Gmina Wola',
      urgent: true,
    }
    expect(renderSocialCopy(input).message).toBe(
      '⚠️ PILNE: Festyn\n\n— Gmina Wola\nWięcej: https://wola.pl/a/1',
    )
    expect(renderSocialCopy(input, englishT).message).toBe(
      '⚠️ URGENT: Festyn\n\n— Gmina Wola\nMore: https://wola.pl/a/1',
    )
  })

  it('names no environment variable in what editors read', () => {
    for (const lang of ['pl', 'en'] as const) {
      const t = fanoutT({ translations: translations[lang] })
      for (const key of [
        'fanout:noChannels',
        'fanout:notConfiguredFanpage',
        'fanout:fanpageNoToken',
        'fanout:groupNoSecret',
      ] as const)
        expect(t(key), `${lang} ${key}`).not.toMatch(/FACEBOOK_|GROUP_WEBHOOK_|HEROLD_/)
    }
  })
})

import { describe, expect, it } from 'vitest'

import { auditChange } from '../../plugins/audit/change'
import { yesNo } from '../../plugins/audit/format'
import type { AuditTexts } from '../../plugins/audit/translate'
import { translations as audit, type AuditTranslationKeys } from '../../plugins/audit/translations'
import type { AuditSpec } from '../../plugins/audit/types'
import { translations as newsletter } from '../../plugins/newsletter/translations'
import { translations as pageWatch } from '../../plugins/page-watch/translations'
import { reachChart } from '../../plugins/reports/definitions'
import { parseReportPeriod } from '../../plugins/reports/period'
import { translations as reports } from '../../plugins/reports/translations'
import type { ReportsTranslationKeys } from '../../plugins/reports/translations'
import { option } from '../../src/domain/labels'
import { pluralForm } from '../../src/domain/plural'
import { translator } from '../../src/domain/translate'

/** Every key path of a translations object, e.g. `reports:csv`. */
const keysOf = (value: object, prefix = ''): string[] =>
  Object.entries(value).flatMap(([key, inner]): string[] =>
    typeof inner === 'object' && inner !== null
      ? keysOf(inner, `${prefix}${key}:`)
      : [prefix + key],
  )

describe('plugin translations', () => {
  it.each([
    ['newsletter', newsletter],
    ['reports', reports],
    ['audit', audit],
    ['page-watch', pageWatch],
  ])('%s: English has exactly the Polish keys', (_, t) => {
    expect(keysOf(t.en).sort()).toEqual(keysOf(t.pl).sort())
    expect(keysOf(t.pl).length).toBeGreaterThan(20)
  })

  it('picks Polish plural forms', () => {
    expect([0, 1, 2, 4, 5, 12, 22, 25, 101, 102].map(pluralForm)).toEqual([
      'many',
      'one',
      'few',
      'few',
      'many',
      'many',
      'few',
      'many',
      'many',
      'few',
    ])
  })

  it('renders report texts in both languages, Polish by default', () => {
    const now = new Date('2025-06-15T12:00:00Z')
    const en = translator<ReportsTranslationKeys>({ translations: reports.en })
    expect(parseReportPeriod({ od: '2025-13' }, now).errors).toEqual([
      'Miesiąc „od” „2025-13” nie jest poprawny – podaj go jako rok i miesiąc, np. 2025-03.',
    ])
    expect(parseReportPeriod({ od: '2025-13' }, now, en).errors).toEqual([
      'The month “od” “2025-13” is not valid – give it as year and month, e.g. 2025-03.',
    ])
    const row = (copies: number) => ({
      comments: 0,
      copies,
      engagementPerCopy: null,
      impressions: null,
      impressionsCopies: 0,
      key: 'k',
      label: 'Urząd',
      measured: 0,
      reactions: 0,
      shares: 0,
    })
    const pl = translator<ReportsTranslationKeys>({ translations: reports.pl })
    expect(reachChart([row(22)], 'unit', pl).description).toMatch(
      /według jednostek\. Razem 22 kopie\.$/,
    )
    expect(reachChart([row(1)], 'unit').description).toMatch(/Razem 1 kopia\.$/)
    expect(reachChart([row(5)], 'category', en)).toMatchObject({
      categoryLabel: 'Category',
      description:
        'Reactions, comments and shares of the fanpage copies by categories. In total 5 copies.',
      title: 'Reactions, comments and shares by categories',
    })
  })

  it('writes audit summaries in the language of the texts given', () => {
    const texts: AuditTexts = {
      language: 'en',
      t: translator<AuditTranslationKeys>({ translations: audit.en }),
    }
    const spec: AuditSpec = {
      slug: 'things',
      state: {
        label: ({ t }) => t('audit:field-state'),
        name: 'state',
        options: [option('draft', 'Szkic', 'Draft')],
      },
      title: (doc, { t }) => t('audit:registerEntryTitle', { number: doc.number }),
      tracked: [{ format: yesNo, label: ({ t }) => t('audit:field-publiclyFunded'), name: 'paid' }],
    }
    expect(auditChange(spec, null, { state: 'draft' })?.summary).toBe('utworzono (stan: Szkic)')
    expect(auditChange(spec, null, { state: 'draft' }, null, texts)?.summary).toBe(
      'created (state: Draft)',
    )
    expect(auditChange(spec, { paid: false }, { paid: true }, null, texts)?.summary).toBe(
      'publicly funded: no → yes',
    )
    expect(auditChange(spec, { paid: false }, { paid: true })?.summary).toBe(
      'finansowany ze środków publicznych: nie → tak',
    )
    expect(spec.title({ number: 7 }, texts)).toBe('No. 7')
  })
})

import { describe, expect, it } from 'vitest'

import { actorOf, auditChange, shortText } from '../../plugins/audit/change'
import type { AuditSpec } from '../../plugins/audit/exports/types'
import { option } from '../../src/domain/labels'

const STATES = [option('draft', 'Szkic', 'Draft'), option('published', 'Opublikowany', 'Published')]
const spec: AuditSpec = {
  slug: 'things',
  state: { label: 'stan', name: 'state', options: STATES },
  title: (doc) => doc.title as string,
  tracked: [
    { label: 'tytuł', name: 'title' },
    { label: 'jednostka', name: 'unit' },
  ],
  view: (doc) => ({
    ...doc,
    unit: typeof doc.unit === 'object' && doc.unit ? (doc.unit as { id: number }).id : doc.unit,
  }),
}

describe('auditChange', () => {
  it('records a creation with its initial state', () => {
    expect(auditChange(spec, null, { state: 'draft', title: 'A' })).toEqual({
      field: 'state',
      from: null,
      summary: 'utworzono (stan: Szkic)',
      to: 'draft',
    })
  })

  it('records a change of state as field, from and to, and other changes in the summary', () => {
    expect(
      auditChange(
        spec,
        { state: 'draft', title: 'A', unit: 1 },
        { state: 'published', title: 'B', unit: { id: 1 } },
      ),
    ).toEqual({
      field: 'state',
      from: 'draft',
      summary: 'stan: Szkic → Opublikowany; tytuł: A → B',
      to: 'published',
    })
  })

  it('summarises changes without a change of state, comparing relationship ids as the view gives them', () => {
    expect(
      auditChange(
        spec,
        { state: 'draft', title: 'A', unit: 1 },
        { state: 'draft', title: 'A', unit: { id: 2 } },
      ),
    ).toEqual({ field: null, from: null, summary: 'jednostka: 1 → 2', to: null })
  })

  it('records nothing when nothing audited changed', () => {
    expect(
      auditChange(
        spec,
        { lastCheck: 1, state: 'draft', title: 'A' },
        { lastCheck: 2, state: 'draft', title: 'A' },
      ),
    ).toBeNull()
  })

  it('adds what only the request knows, and records it alone when nothing else changed', () => {
    expect(
      auditChange(
        spec,
        { state: 'draft', title: 'A' },
        { state: 'draft', title: 'A' },
        'zapisano nowy token',
      ),
    ).toEqual({ field: null, from: null, summary: 'zapisano nowy token', to: null })
  })

  it('works for collections without a state', () => {
    const stateless: AuditSpec = { ...spec, state: undefined }
    expect(auditChange(stateless, null, { title: 'A' })).toEqual({
      field: null,
      from: null,
      summary: 'utworzono',
      to: null,
    })
    expect(auditChange(stateless, { title: 'A' }, { title: 'B' })?.summary).toBe('tytuł: A → B')
  })
})

describe('actorOf', () => {
  it('names a person by name and e-mail, and keeps the account id', () => {
    expect(actorOf({ email: 'anna@gmina.example', id: 7, name: 'Anna Nowak' })).toEqual({
      actor: 'Anna Nowak (anna@gmina.example)',
      user: 7,
    })
    expect(actorOf({ email: 'anna@gmina.example', id: 7 })).toEqual({
      actor: 'anna@gmina.example',
      user: 7,
    })
  })

  it('names the acting process, or the system, when nobody is logged in', () => {
    expect(actorOf(null, 'system (host:12)')).toEqual({ actor: 'system (host:12)', user: null })
    expect(actorOf(undefined)).toEqual({ actor: 'system', user: null })
    expect(actorOf(null, '  ')).toEqual({ actor: 'system', user: null })
  })
})

describe('shortText', () => {
  it('flattens whitespace and cuts long values', () => {
    expect(shortText('  a\n\n b ')).toBe('a b')
    expect(shortText('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`)
    expect(shortText(null)).toBe('—')
  })
})

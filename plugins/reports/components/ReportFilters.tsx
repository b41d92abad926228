import { Button } from '@payloadcms/ui'
import React from 'react'

import type { ReportResult } from '../run'
import { HOME, type T } from './shared'

/** A native select (a GET form submits it) in the look of Payload's inputs. */
const selectStyle: React.CSSProperties = {
  background: 'var(--theme-input-bg)',
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-s)',
  color: 'var(--theme-elevation-800)',
  fontFamily: 'var(--font-body)',
  fontSize: '1rem',
  height: 'calc(var(--base) * 2)',
  padding: '0 calc(var(--base) * 0.75)',
  width: '100%',
}

/** A filter in Payload's field layout (label above, input below). */
const Field = ({
  children,
  id,
  label,
}: {
  children: React.ReactNode
  id: string
  label: string
}) => (
  <div className="field-type text" style={{ flex: '0 1 14rem', marginBottom: 0 }}>
    <label className="field-label" htmlFor={id}>
      {label}
    </label>
    <div className="field-type__wrap">{children}</div>
  </div>
)

export const Filters = ({ result, t }: { result: ReportResult; t: T }) => {
  const { filters, slug, units } = result
  return (
    <form
      action={`${HOME}/${slug}`}
      aria-label={t('reports:filters')}
      method="get"
      style={{
        alignItems: 'flex-end',
        display: 'flex',
        flexWrap: 'wrap',
        gap: 'calc(var(--base) / 2) var(--base)',
        margin: 'var(--base) 0',
      }}
    >
      <Field id="raport-od" label={t('reports:from')}>
        <input defaultValue={filters.from} id="raport-od" name="od" type="month" />
      </Field>
      <Field id="raport-do" label={t('reports:to')}>
        <input defaultValue={filters.to} id="raport-do" name="do" type="month" />
      </Field>
      <Field id="raport-jednostka" label={t('reports:unit')}>
        <select
          defaultValue={filters.unit?.slug ?? ''}
          id="raport-jednostka"
          name="jednostka"
          style={selectStyle}
        >
          <option value="">{t('reports:allUnits')}</option>
          {[...units]
            .sort((a, b) => a.name.localeCompare(b.name, 'pl'))
            .map((u) => (
              <option key={u.id} value={u.slug}>
                {u.name}
              </option>
            ))}
        </select>
      </Field>
      {slug === 'zasiegi' && (
        <Field id="raport-wg" label={t('reports:groupBy')}>
          <select
            defaultValue={filters.groupBy === 'category' ? 'kategoria' : 'jednostka'}
            id="raport-wg"
            name="wg"
            style={selectStyle}
          >
            <option value="jednostka">{t('reports:byUnit')}</option>
            <option value="kategoria">{t('reports:byCategory')}</option>
          </select>
        </Field>
      )}
      <Button margin={false} type="submit">
        {t('reports:show')}
      </Button>
    </form>
  )
}

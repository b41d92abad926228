import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import React from 'react'

import { isStaff } from '../../../src/access/roles'
import { isReportSlug, REPORT_SLUGS, type ReportSlug, REPORTS_PATH } from '../constants'
import { chartTable, REPORT_TITLES } from '../definitions'
import { filtersQuery, type ReportQuery, type ReportResult, runReport } from '../run'
import { BarChart } from './BarChart'
import { DataTable } from './DataTable'

/**
 * The reports in the admin (/admin/raporty/…): for approvers and admins, each with its filters,
 * a chart drawn as SVG on the server with its data table beside it, the detailed tables and the
 * CSV export of exactly those figures.
 */
const input: React.CSSProperties = {
  background: 'var(--theme-input-bg)',
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 4,
  color: 'var(--theme-text)',
  padding: '6px 8px',
}
const button: React.CSSProperties = {
  ...input,
  background: 'var(--theme-elevation-800)',
  color: 'var(--theme-elevation-0)',
  cursor: 'pointer',
  fontWeight: 600,
}

const ReportLinks = ({ current }: { current?: ReportSlug }) => (
  <nav aria-label="Raporty" style={{ marginBottom: 'var(--base)' }}>
    <ul
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        gap: '0.5rem 1.5rem',
        listStyle: 'none',
        margin: 0,
        padding: 0,
      }}
    >
      {REPORT_SLUGS.map((slug) => (
        <li key={slug}>
          {slug === current ? (
            <strong aria-current="page">{REPORT_TITLES[slug].title}</strong>
          ) : (
            <a href={`/admin/${REPORTS_PATH}/${slug}`}>{REPORT_TITLES[slug].title}</a>
          )}
        </li>
      ))}
    </ul>
  </nav>
)

const Index = () => (
  <>
    <h1>Raporty</h1>
    <p>
      Zestawienia dla zespołu komunikacji: aktywność jednostek, zgodność z zasadą „najpierw BIP”,
      moderacja i zasięgi. Każdy raport ma wykres, tabele i eksport do pliku CSV (Excel).
    </p>
    <ul>
      {REPORT_SLUGS.map((slug) => (
        <li key={slug} style={{ marginBottom: '0.75rem' }}>
          <a href={`/admin/${REPORTS_PATH}/${slug}`}>
            <strong>{REPORT_TITLES[slug].title}</strong>
          </a>
          <br />
          {REPORT_TITLES[slug].summary}
        </li>
      ))}
    </ul>
  </>
)

const Filters = ({ result }: { result: ReportResult }) => {
  const { filters, slug, units } = result
  return (
    <form
      action={`/admin/${REPORTS_PATH}/${slug}`}
      aria-label="Filtry raportu"
      method="get"
      style={{
        alignItems: 'flex-end',
        display: 'flex',
        flexWrap: 'wrap',
        gap: '0.75rem 1.25rem',
        margin: 'var(--base) 0',
      }}
    >
      <label style={{ display: 'grid', gap: 4 }}>
        Od miesiąca
        <input defaultValue={filters.from} name="od" style={input} type="month" />
      </label>
      <label style={{ display: 'grid', gap: 4 }}>
        Do miesiąca
        <input defaultValue={filters.to} name="do" style={input} type="month" />
      </label>
      <label style={{ display: 'grid', gap: 4 }}>
        Jednostka
        <select defaultValue={filters.unit?.slug ?? ''} name="jednostka" style={input}>
          <option value="">Wszystkie jednostki</option>
          {[...units]
            .sort((a, b) => a.name.localeCompare(b.name, 'pl'))
            .map((u) => (
              <option key={u.id} value={u.slug}>
                {u.name}
              </option>
            ))}
        </select>
      </label>
      {slug === 'zasiegi' && (
        <label style={{ display: 'grid', gap: 4 }}>
          Zestaw według
          <select
            defaultValue={filters.groupBy === 'category' ? 'kategoria' : 'jednostka'}
            name="wg"
            style={input}
          >
            <option value="jednostka">jednostek</option>
            <option value="kategoria">kategorii</option>
          </select>
        </label>
      )}
      <button style={button} type="submit">
        Pokaż
      </button>
    </form>
  )
}

const Report = ({ result }: { result: ReportResult }) => {
  const { chart, filters, slug, tables } = result
  const chartId = `raport-${slug}-wykres`
  return (
    <>
      <h1>{result.title}</h1>
      <p style={{ maxWidth: '60rem' }}>{result.summary}</p>
      <Filters result={result} />
      {filters.errors.length > 0 && (
        <div
          role="alert"
          style={{
            border: '1px solid var(--theme-warning-500)',
            borderRadius: 4,
            marginBottom: 'var(--base)',
            padding: '0.5rem 1rem',
          }}
        >
          <ul style={{ margin: 0 }}>
            {filters.errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      <p>
        <a
          download
          data-testid="report-csv"
          href={`/api/${REPORTS_PATH}/${slug}/csv?${filtersQuery(filters, slug)}`}
        >
          Pobierz CSV (Excel)
        </a>{' '}
        – te same liczby co w tabelach poniżej.
      </p>
      <div
        style={{
          alignItems: 'flex-start',
          display: 'flex',
          flexWrap: 'wrap',
          gap: 'var(--base)',
          marginBottom: 'calc(var(--base) * 1.5)',
        }}
      >
        <figure
          aria-labelledby={`${chartId}-podpis`}
          style={{ flex: '1 1 640px', margin: 0, maxWidth: 800 }}
        >
          <BarChart id={chartId} spec={chart} />
          <figcaption id={`${chartId}-podpis`} style={{ fontSize: 13, marginTop: 8 }}>
            {chart.title}. {chart.description}
          </figcaption>
        </figure>
        <div style={{ flex: '1 1 320px' }}>
          <DataTable table={chartTable(chart)} />
        </div>
      </div>
      {tables.map((table) => (
        <DataTable key={table.caption} table={table} />
      ))}
    </>
  )
}

export const ReportsView = async ({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) => {
  const { locale, permissions, req, visibleEntities } = initPageResult
  const segments = (Array.isArray(params?.segments) ? params.segments : [REPORTS_PATH]) as string[]
  // Custom admin views are not behind the admin's own login redirect.
  if (!req.user)
    redirect(`/admin/login?redirect=${encodeURIComponent(`/admin/${segments.join('/')}`)}`)
  const slug = segments[1]

  let content: React.ReactNode
  if (!isStaff(req.user)) {
    content = (
      <>
        <h1>Raporty</h1>
        <p role="alert">
          Raporty są dostępne dla osób zatwierdzających i administratorów. Jeśli potrzebujesz
          zestawienia, poproś o nie zespół komunikacji.
        </p>
      </>
    )
  } else if (!slug) {
    content = <Index />
  } else if (!isReportSlug(slug) || segments.length > 2) {
    content = (
      <>
        <h1>Nie ma takiego raportu</h1>
        <p>Wybierz jeden z dostępnych raportów:</p>
      </>
    )
  } else {
    content = (
      <Report result={await runReport(req.payload, slug, (searchParams ?? {}) as ReportQuery)} />
    )
  }

  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={req.user ?? undefined}
      viewType="reports"
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <div style={{ paddingBottom: 'calc(var(--base) * 2)', paddingTop: 'var(--base)' }}>
          {isStaff(req.user) && <ReportLinks current={isReportSlug(slug) ? slug : undefined} />}
          {content}
        </div>
      </Gutter>
    </DefaultTemplate>
  )
}

import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Banner, Button, Gutter, SetStepNav } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import React from 'react'

import { isStaff } from '../../../src/access/roles'
import { translator } from '../../../src/domain/translate'
import { isReportSlug, REPORT_SLUGS, type ReportSlug, REPORTS_PATH } from '../constants'
import { chartTable } from '../definitions'
import { filtersQuery, type ReportQuery, type ReportResult, runReport } from '../run'
import type { ReportsTranslationKeys } from '../translations'
import { BarChart } from './BarChart'
import { DataTable } from './DataTable'

/**
 * The reports in the admin (/admin/raporty/…): for approvers and admins, each with its filters,
 * a chart drawn as SVG on the server with its data table beside it, the detailed tables and the
 * CSV export of exactly those figures. Built from Payload's template, step navigation, buttons,
 * banners, field and table styles.
 */
type T = ReturnType<typeof translator<ReportsTranslationKeys>>

const HOME = `/admin/${REPORTS_PATH}`

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

const ReportLinks = ({ current, t }: { current?: ReportSlug; t: T }) => (
  <nav aria-label={t('reports:reports')} style={{ marginBottom: 'var(--base)' }}>
    <ul
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        gap: 'calc(var(--base) / 2)',
        listStyle: 'none',
        margin: 0,
        padding: 0,
      }}
    >
      {REPORT_SLUGS.map((slug) => (
        <li key={slug}>
          <Button
            buttonStyle={slug === current ? 'primary' : 'pill'}
            el="link"
            extraButtonProps={slug === current ? { 'aria-current': 'page' } : undefined}
            margin={false}
            size="small"
            url={`${HOME}/${slug}`}
          >
            {t(`reports:title-${slug}`)}
          </Button>
        </li>
      ))}
    </ul>
  </nav>
)

const Index = ({ t }: { t: T }) => (
  <>
    <h1>{t('reports:reports')}</h1>
    <p style={{ maxWidth: '60rem' }}>{t('reports:intro')}</p>
    <div className="table">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('reports:report')}</th>
            <th scope="col">{t('reports:description')}</th>
          </tr>
        </thead>
        <tbody>
          {REPORT_SLUGS.map((slug) => (
            <tr key={slug}>
              <td>
                <a href={`${HOME}/${slug}`}>
                  <strong>{t(`reports:title-${slug}`)}</strong>
                </a>
              </td>
              <td>{t(`reports:summary-${slug}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  </>
)

const Filters = ({ result, t }: { result: ReportResult; t: T }) => {
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

const Report = ({ result, t }: { result: ReportResult; t: T }) => {
  const { chart, filters, slug, tables } = result
  const chartId = `raport-${slug}-wykres`
  return (
    <>
      <h1>{t(`reports:title-${slug}`)}</h1>
      <p style={{ maxWidth: '60rem' }}>{t(`reports:summary-${slug}`)}</p>
      <Filters result={result} t={t} />
      {filters.errors.length > 0 && (
        <div role="alert">
          <Banner type="warning">
            <ul style={{ margin: 0 }}>
              {filters.errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </Banner>
        </div>
      )}
      <p style={{ marginBottom: 'var(--base)' }}>
        <Button
          buttonStyle="secondary"
          el="anchor"
          extraButtonProps={{ 'data-testid': 'report-csv', download: true }}
          margin={false}
          size="small"
          url={`/api/${REPORTS_PATH}/${slug}/csv?${filtersQuery(filters, slug)}`}
        >
          {t('reports:csv')}
        </Button>{' '}
        {t('reports:csvNote')}
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
          <BarChart emptyText={t('reports:noData')} id={chartId} spec={chart} />
          <figcaption id={`${chartId}-podpis`} style={{ fontSize: 13, marginTop: 8 }}>
            {chart.title}. {chart.description}
          </figcaption>
        </figure>
        <div style={{ flex: '1 1 320px' }}>
          <DataTable emptyText={t('reports:noRows')} table={chartTable(chart)} />
        </div>
      </div>
      {tables.map((table) => (
        <DataTable emptyText={t('reports:noRows')} key={table.caption} table={table} />
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
  const t = translator<ReportsTranslationKeys>(req.i18n)
  const slug = segments[1]
  const known = isReportSlug(slug) && segments.length === 2 ? slug : undefined

  let content: React.ReactNode
  if (!isStaff(req.user)) {
    content = (
      <>
        <h1>{t('reports:reports')}</h1>
        <div role="alert">
          <Banner type="info">{t('reports:staffOnly')}</Banner>
        </div>
      </>
    )
  } else if (!slug) {
    content = <Index t={t} />
  } else if (!known) {
    content = (
      <>
        <h1>{t('reports:notFound')}</h1>
        <p>{t('reports:chooseReport')}</p>
      </>
    )
  } else {
    content = (
      <Report
        result={await runReport(req.payload, known, (searchParams ?? {}) as ReportQuery)}
        t={t}
      />
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
      <SetStepNav
        nav={[
          { label: t('reports:reports'), url: HOME },
          ...(known ? [{ label: t(`reports:title-${known}`) }] : []),
        ]}
      />
      <Gutter>
        <div style={{ paddingBottom: 'calc(var(--base) * 2)', paddingTop: 'var(--base)' }}>
          {isStaff(req.user) && <ReportLinks current={known} t={t} />}
          {content}
        </div>
      </Gutter>
    </DefaultTemplate>
  )
}

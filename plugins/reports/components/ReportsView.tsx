import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Banner, Button, Gutter, SetStepNav } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import React from 'react'

import { isStaff } from '../../../src/access/roles'
import { translator } from '../../../src/domain/translate'
import { isReportSlug, REPORTS_PATH } from '../constants'
import { chartTable } from '../definitions'
import { filtersQuery, type ReportQuery, type ReportResult, runReport } from '../run'
import type { ReportsTranslationKeys } from '../translations'
import { BarChart } from './BarChart'
import { DataTable } from './DataTable'
import { Filters } from './ReportFilters'
import { Index, ReportLinks } from './ReportNav'
import { HOME, type T } from './shared'

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
          <DataTable emptyText={t('reports:noRows')} table={chartTable(chart, t)} />
        </div>
      </div>
      {tables.map((table) => (
        <DataTable emptyText={t('reports:noRows')} key={table.caption} table={table} />
      ))}
    </>
  )
}

/**
 * The reports in the admin (/admin/raporty/…): for approvers and admins, each with its filters,
 * a chart drawn as SVG on the server with its data table beside it, the detailed tables and the
 * CSV export of exactly those figures. Built from Payload's template, step navigation, buttons,
 * banners, field and table styles.
 */
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
        result={await runReport(
          req.payload,
          known,
          (searchParams ?? {}) as ReportQuery,
          new Date(),
          t,
        )}
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

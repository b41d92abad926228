import { Button } from '@payloadcms/ui'
import React from 'react'

import { REPORT_SLUGS, type ReportSlug } from '../constants'
import { HOME, type T } from './shared'

/** The reports as buttons above each page. */
export const ReportLinks = ({ current, t }: { current?: ReportSlug; t: T }) => (
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

/** The list of reports with what each shows. */
export const Index = ({ t }: { t: T }) => (
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

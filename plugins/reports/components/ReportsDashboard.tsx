import type { ServerProps } from 'payload'

import { Card } from '@payloadcms/ui'
import React from 'react'

import { isStaff } from '../../../src/access/roles'
import { translator } from '../../../src/domain/translate'
import { REPORT_SLUGS, REPORTS_PATH } from '../constants'
import type { ReportsTranslationKeys } from '../translations'

/** The reports on the admin dashboard, laid out like the dashboard's own groups; staff only. */
export const ReportsDashboard = ({ i18n, user }: ServerProps) => {
  if (!isStaff(user)) return null
  const t = translator<ReportsTranslationKeys>(i18n)
  return (
    <div className="collections">
      <div className="collections__wrap">
        <div className="collections__group">
          <h2 className="collections__label">{t('reports:reports')}</h2>
          <ul className="collections__card-list">
            {REPORT_SLUGS.map((slug) => (
              <li key={slug}>
                <Card
                  buttonAriaLabel={t('reports:open', { title: t(`reports:title-${slug}`) })}
                  href={`/admin/${REPORTS_PATH}/${slug}`}
                  id={`card-raport-${slug}`}
                  title={t(`reports:title-${slug}`)}
                />
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  )
}

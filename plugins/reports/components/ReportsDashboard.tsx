import type { ServerProps } from 'payload'

import { Card } from '@payloadcms/ui'
import React from 'react'

import { isStaff } from '../../../src/access/roles'
import { REPORT_SLUGS, REPORTS_PATH } from '../constants'
import { REPORT_TITLES } from '../definitions'

/** The reports on the admin dashboard, laid out like the dashboard's own groups; staff only. */
export const ReportsDashboard = ({ user }: ServerProps) => {
  if (!isStaff(user as never)) return null
  return (
    <div className="collections">
      <div className="collections__wrap">
        <div className="collections__group">
          <h2 className="collections__label">Raporty</h2>
          <ul className="collections__card-list">
            {REPORT_SLUGS.map((slug) => (
              <li key={slug}>
                <Card
                  buttonAriaLabel={`Otwórz raport: ${REPORT_TITLES[slug].title}`}
                  href={`/admin/${REPORTS_PATH}/${slug}`}
                  id={`card-raport-${slug}`}
                  title={REPORT_TITLES[slug].title}
                />
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  )
}

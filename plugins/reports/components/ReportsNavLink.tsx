import type { ServerProps } from 'payload'

import { Link, NavGroup } from '@payloadcms/ui'
import React from 'react'

import { isStaff } from '../../../src/access/roles'
import { REPORT_SLUGS, REPORTS_PATH } from '../constants'
import { REPORT_TITLES } from '../definitions'

/** The reports in the admin's side navigation, for approvers and admins only. */
export const ReportsNavLink = ({ user }: ServerProps) => {
  if (!isStaff(user as never)) return null
  return (
    <NavGroup label="Raporty">
      {REPORT_SLUGS.map((slug) => (
        <Link
          className="nav__link"
          href={`/admin/${REPORTS_PATH}/${slug}`}
          id={`nav-raport-${slug}`}
          key={slug}
          prefetch={false}
        >
          <span className="nav__link-label">{REPORT_TITLES[slug].title}</span>
        </Link>
      ))}
    </NavGroup>
  )
}

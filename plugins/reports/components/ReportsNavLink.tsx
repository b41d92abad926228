import type { ServerProps } from 'payload'

import { Link, NavGroup } from '@payloadcms/ui'
import React from 'react'

import { isStaff } from '../../../src/access/roles'
import { translator } from '../../../src/domain/translate'
import { REPORT_SLUGS, REPORTS_PATH } from '../constants'
import type { ReportsTranslationKeys } from '../translations'

/** The reports in the admin's side navigation, for approvers and admins only. */
export const ReportsNavLink = ({ i18n, user }: ServerProps) => {
  if (!isStaff(user)) return null
  const t = translator<ReportsTranslationKeys>(i18n)
  return (
    <NavGroup label={t('reports:reports')}>
      {REPORT_SLUGS.map((slug) => (
        <Link
          className="nav__link"
          href={`/admin/${REPORTS_PATH}/${slug}`}
          id={`nav-raport-${slug}`}
          key={slug}
          prefetch={false}
        >
          <span className="nav__link-label">{t(`reports:title-${slug}`)}</span>
        </Link>
      ))}
    </NavGroup>
  )
}

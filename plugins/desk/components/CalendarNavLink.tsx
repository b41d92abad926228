import type { ServerProps } from 'payload'

import { Link } from '@payloadcms/ui'
import React from 'react'

import { translator } from '../../../src/domain/translate'
import { CALENDAR_PATH } from '../constants'
import type { DeskTranslationKeys } from '../translations'

/** "Kalendarz" in the admin's side navigation, for every signed-in user. */
export const CalendarNavLink = ({ i18n, user }: ServerProps) => {
  if (!user) return null
  return (
    <Link
      className="nav__link"
      href={`/admin/${CALENDAR_PATH}`}
      id="nav-kalendarz"
      prefetch={false}
    >
      <span className="nav__link-label">
        {translator<DeskTranslationKeys>(i18n)('desk:calendar')}
      </span>
    </Link>
  )
}

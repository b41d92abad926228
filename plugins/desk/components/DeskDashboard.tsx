import type { ServerProps } from 'payload'

import React from 'react'

import { loadDesk } from '../queues'
import { DeskQueues } from './DeskQueues'

/** The desk at the top of the dashboard: read on the server, then kept live by the client. */
export const DeskDashboard = async ({ i18n, payload, user }: ServerProps) => {
  if (!user) return null
  const initial = await loadDesk({ i18n, now: new Date(), payload, user })
  return <DeskQueues initial={initial} />
}

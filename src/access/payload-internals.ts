import type { Plugin, RunJobAccess, SanitizedConfig } from 'payload'

import { jobsAdminView } from '../../collections/PayloadJobs'
import { withTrustedSchedules } from '../jobs/schedule-guard'
import { guardDocumentLock, ownLocksOrAdmin, withEditableLocksOnly } from './document-locks'
import { adminsOnly, isAdmin, loggedIn } from './roles'

const nobody = () => false

/**
 * Payload adds some collections and globals of its own while it builds the config, after every
 * plugin ran, with access for any logged-in user: no config option reaches them, so they are
 * locked on the built config when the instance starts (onInit), before it serves any request.
 * - `payload-jobs-stats` (when each schedule last ran): admins read it, nobody writes it over the API;
 * - `payload-locked-documents`: locks only in one's own name on what one may edit (document-locks.ts);
 * - `payload-migrations`: nobody, whatever the route (REST answers 404 for it: src/server/rest-guard).
 * `payload-preferences` already keeps each user to their own records.
 */
export const lockPayloadInternals = (config: SanitizedConfig) => {
  const stats = config.globals.find((g) => g.slug === 'payload-jobs-stats')
  if (stats)
    Object.assign(stats.access, {
      read: adminsOnly,
      readDrafts: nobody,
      readVersions: nobody,
      update: nobody,
    })
  const locks = config.collections.find((c) => c.slug === 'payload-locked-documents')
  if (locks) {
    Object.assign(locks.access, {
      create: loggedIn,
      delete: ownLocksOrAdmin,
      read: loggedIn,
      update: loggedIn,
    })
    if (!locks.hooks.beforeChange.includes(guardDocumentLock))
      locks.hooks.beforeChange.push(guardDocumentLock)
  }
  const migrations = config.collections.find((c) => c.slug === 'payload-migrations')
  if (migrations)
    Object.assign(migrations.access, {
      create: nobody,
      delete: nobody,
      read: nobody,
      update: nobody,
    })
}

const adminRequest: RunJobAccess = ({ req }) => isAdmin(req.user)

/**
 * Payload's internals, to what each role needs (src/access/roles.ts): the job queue is shown to
 * admins only, read-only; only admins may run or queue jobs over the API; a corrupted schedule
 * record never stops scheduled work (src/jobs/schedule-guard.ts).
 */
export const payloadInternalsPlugin = (): Plugin => (config) => ({
  ...config,
  db: withTrustedSchedules(withEditableLocksOnly(config.db)),
  jobs: {
    ...config.jobs,
    access: { cancel: adminRequest, queue: adminRequest, run: adminRequest },
    jobsCollectionOverrides: jobsAdminView,
  },
  onInit: async (payload) => {
    lockPayloadInternals(payload.config)
    await config.onInit?.(payload)
  },
})

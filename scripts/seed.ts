import { getPayload } from 'payload'

import config from '../payload.config'
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from '../src/seed/wislotki'

const payload = await getPayload({ config })
// The seed may be the first thing run on a new database: bring its schema up to date first.
await payload.db.migrate()
const { created } = await seedDemo(payload)
console.log(
  created
    ? `Seeded the demo gmina Wisłotki: ${created} new records.`
    : 'The demo gmina Wisłotki is already there; nothing to add.',
)
console.log(
  `Demo logins (password ${DEMO_PASSWORD}): ${Object.values(DEMO_USERS)
    .map((u) => u.email)
    .join(', ')}`,
)
process.exit(0)

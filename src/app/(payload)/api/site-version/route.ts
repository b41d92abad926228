import { siteVersion } from '../../../route-handlers'

export const dynamic = 'force-dynamic'

export const GET = siteVersion

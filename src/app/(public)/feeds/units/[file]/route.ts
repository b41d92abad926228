import { feeds } from '../../../../route-handlers'

export const dynamic = 'force-dynamic'

export const GET = feeds.unit
export const HEAD = GET

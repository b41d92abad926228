import { feeds } from '../../../../route-handlers'

export const dynamic = 'force-dynamic'

export const GET = feeds.category
export const HEAD = GET

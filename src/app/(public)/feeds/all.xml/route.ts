import { feeds } from '../../../route-handlers'

export const dynamic = 'force-dynamic'

export const GET = feeds.all
export const HEAD = GET

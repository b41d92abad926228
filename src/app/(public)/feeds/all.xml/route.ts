import { allFeedKey, serveFeed } from '../../../../public/feeds'

export const dynamic = 'force-dynamic'

export const GET = (request: Request) => serveFeed(request, allFeedKey())
export const HEAD = GET

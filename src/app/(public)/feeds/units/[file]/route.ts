import { serveFeed, unitFeedKey } from '../../../../../public/feeds'

export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ file: string }> }

export const GET = async (request: Request, { params }: Context) =>
  serveFeed(request, unitFeedKey((await params).file))
export const HEAD = GET

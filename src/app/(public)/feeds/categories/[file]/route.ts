import { categoryFeedKey, serveFeed } from '../../../../../public/feeds'

export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ file: string }> }

export const GET = async (request: Request, { params }: Context) =>
  serveFeed(request, categoryFeedKey((await params).file))
export const HEAD = GET

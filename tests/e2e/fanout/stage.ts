import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'

import { GRAPH_API_VERSION } from '../../../plugins/fanout/channels/graph-version'
import { startFakeGraph, type FakeGraph } from '../../fakes/graph-api'
import { startFakeOperator, type FakeOperator } from '../../fakes/group-operator'
import { launchBrowser, openContext, stepper, warnOfPageErrors } from '../browser'
import { startServer, type E2EServer } from '../server'
import { type Json, restClient } from '../rest'

/**
 * The fan-out scenario's stage: the production server pointed at loopback fakes of the Graph API
 * and of the group operator, a browser, the REST client and what the steps share.
 */

export const ADMIN = 'admin@wislotki.example'
export const AUTHOR = 'sekretarz@wislotki.example'
export const APPROVER = 'rzecznik@wislotki.example'
export const UNIT = 'Urząd Gminy Wisłotki'
export const BIP_URL = 'https://bip.wislotki.example/rada-gminy/sesje/xxi-sesja'
export const BIP_LINE = `Oficjalna publikacja w BIP: ${BIP_URL}`
export const TITLE = 'Porządek obrad XXI sesji Rady Gminy – transmisja i miejsca dla mieszkańców'
export const LEAD =
  'Urząd Gminy zaprasza na XXI sesję Rady Gminy 12 maja o 10:00; obrady będą transmitowane w internecie.'

export const PAGE_ID = '104000000000001'
const PAGE_TOKEN = 'e2e-page-token-not-for-production'
export const WEBHOOK_SECRET = 'e2e-group-webhook-secret-not-for-production'
const ENCRYPTION_KEY = 'herold-e2e-encryption-key-not-for-production'

/** From the approval to both fakes: jobs run every second, so this is very generous. */
export const DELIVERY_TIMEOUT = 30_000

export let server: E2EServer
let browser: Browser
export let graph: FakeGraph
export let operator: FakeOperator
let approverContext: BrowserContext | undefined
const pageErrors: string[] = []

/** Shared between the steps, which run in order. */
export const post: { approvedAt?: number; id?: number | string } = {}

// ---- REST -------------------------------------------------------------------------------------

export const { api, tokenOf } = restClient(() => server.baseURL)

export const deliveriesOf = async (postId: number | string) =>
  (
    await api(`/deliveries?where[post][equals]=${postId}&depth=0&limit=50&sort=channel`, {
      token: await tokenOf(ADMIN),
    })
  ).body.docs as Json[]

/** What the server and the fakes hold, for a failure message. */
export const situation = async () => {
  const deliveries: Json[] = post.id
    ? await deliveriesOf(post.id).catch((e: Error) => [{ error: e.message }])
    : []
  return JSON.stringify(
    {
      deliveries: deliveries.map((d) => ({
        attempts: d.attempts,
        channel: d.channel,
        lastError: d.lastError,
        reason: d.reason,
        state: d.state,
      })),
      graphRequests: graph.requests.map((r) => `${r.method} ${r.path} → ${r.status}`),
      operatorRequests: operator.requests,
    },
    null,
    2,
  )
}

export const pagePostsOfTitle = () => graph.posts.filter((p) => p.message?.includes(TITLE))
export const groupPostsOfTitle = () => operator.posts.filter((p) => p.body?.title === TITLE)

// ---- Browser ----------------------------------------------------------------------------------

export const newContext = () => openContext(browser, server.baseURL, pageErrors)

/** Runs a step; on failure keeps a screenshot `failed-fanout-<name>.png` of where it stopped, next to the other results. */
export const step = stepper('failed-fanout-')

export const approverPage = async () => {
  approverContext ??= await newContext()
  return approverContext.pages()[0] ?? approverContext.newPage()
}

/** Starts the fakes, the server and the browser for the calling file; stops them after. */
export const useFanoutStage = () => {
  beforeAll(async () => {
    graph = await startFakeGraph({ pageId: PAGE_ID, token: PAGE_TOKEN, version: GRAPH_API_VERSION })
    operator = await startFakeOperator({ secret: WEBHOOK_SECRET })
    server = await startServer({
      env: (baseURL) => ({
        FACEBOOK_GRAPH_URL: graph.url,
        FACEBOOK_GRAPH_VERSION: GRAPH_API_VERSION,
        FACEBOOK_PAGE_ID: PAGE_ID,
        FACEBOOK_PAGE_TOKEN: PAGE_TOKEN,
        HEROLD_ENCRYPTION_KEY: ENCRYPTION_KEY,
        // The server's own address: the admin talks to it, and links in the copies point at it.
        SERVER_URL: baseURL,
      }),
      name: 'fanout',
    })
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await approverContext?.close().catch(() => {})
    await browser?.close()
    await server?.stop()
    await graph?.close()
    await operator?.close()
    warnOfPageErrors(pageErrors)
  })
}

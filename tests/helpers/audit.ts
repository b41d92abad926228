/**
 * The audit tests' stage (tests/int/audit-*.test.ts): a Payload on a fresh database per file with
 * the fan-out fakes, a gmina and the REST API, and the log of one document.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll } from 'vitest'

import type { FakeGraph } from '../fakes/graph-api'
import type { FakeOperator } from '../fakes/group-operator'
import { startApiServer } from './api-server'
import { startFanout } from './fanout'
import { type Gmina, makeGmina } from './fixtures'

export type Entry = {
  actor: string
  documentCollection: string
  documentId: string
  documentTitle?: string
  field?: null | string
  from?: null | string
  operation: string
  summary: string
  to?: null | string
  user?: null | number | string
}

export let payload: Payload
export let graph: FakeGraph
export let operator: FakeOperator
export let g: Gmina
export let fanpageId: number
export let api: Awaited<ReturnType<typeof startApiServer>>

export const logOf = async (collection: string, id: number) =>
  (
    await payload.find({
      collection: 'audit-log',
      depth: 0,
      limit: 100,
      overrideAccess: true,
      pagination: false,
      sort: 'createdAt',
      where: {
        and: [
          { documentCollection: { equals: collection } },
          { documentId: { equals: String(id) } },
        ],
      },
    })
  ).docs as unknown as Entry[]
export const transitions = (entries: Entry[]) =>
  entries.filter((e) => e.field).map((e) => `${e.from ?? '∅'}→${e.to}`)
export const nameOf = (user: { email: string; name: string }) => `${user.name} (${user.email})`

export const useAuditStage = () => {
  beforeAll(async () => {
    const started = await startFanout()
    ;({ graph, operator, payload } = started)
    fanpageId = started.fanpage.id
    g = await makeGmina(payload)
    api = await startApiServer(payload.config)
  })
  afterAll(async () => {
    await api?.close()
    await payload?.destroy()
    await graph?.close()
    await operator?.close()
  })
}

import fs from 'node:fs/promises'

import { GraphError, throttleFor } from './graph-errors'

export type GraphOptions = { baseUrl: string; timeoutMs: number; version: string }

export type GraphResponse<T> = { body: T; throttleUntil: Date | null }

/** One Graph API call. Errors become GraphError; usage above the limit becomes a throttle time. */
export const graphCall = async <T>(
  options: GraphOptions,
  token: string,
  method: 'DELETE' | 'GET' | 'POST',
  path: string,
  params: Record<string, string> = {},
  file?: { field: string; filePath: string; mimeType: string },
  signal?: AbortSignal,
): Promise<GraphResponse<T>> => {
  const url = new URL(
    `${options.baseUrl.replace(/\/$/, '')}/${options.version}/${path.replace(/^\//, '')}`,
  )
  let body: FormData | URLSearchParams | undefined
  if (method === 'GET' || method === 'DELETE') {
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v)
  } else if (file) {
    const form = new FormData()
    for (const [k, v] of Object.entries(params)) form.append(k, v)
    const bytes = await fs.readFile(file.filePath)
    form.append(
      file.field,
      new Blob([new Uint8Array(bytes)], { type: file.mimeType }),
      file.filePath.split('/').pop(),
    )
    body = form
  } else {
    body = new URLSearchParams(params)
  }
  const timeout = AbortSignal.timeout(options.timeoutMs)
  const res = await fetch(url, {
    body,
    headers: { authorization: `Bearer ${token}` },
    method,
    signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
  })
  const text = await res.text()
  let json: { error?: ConstructorParameters<typeof GraphError>[1] } & Record<string, unknown>
  try {
    json = text ? JSON.parse(text) : {}
  } catch {
    throw new GraphError(
      res.status,
      { code: res.status >= 500 ? 2 : 0, message: `Unexpected answer: ${text.slice(0, 120)}` },
      res.headers,
    )
  }
  if (!res.ok || json.error)
    throw new GraphError(res.status, json.error ?? { message: `HTTP ${res.status}` }, res.headers)
  const wait = throttleFor(res.headers)
  return { body: json as T, throttleUntil: wait ? new Date(Date.now() + wait) : null }
}

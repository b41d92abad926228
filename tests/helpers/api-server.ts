import type { SanitizedConfig } from 'payload'

import { REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import http from 'node:http'
import { Readable } from 'node:stream'

import { guardedRest } from '../../src/server/api-guard'

/**
 * Serves Payload's REST API over real HTTP on loopback with the same route handlers that
 * `src/app/(payload)/api/[...slug]/route.ts` gives Next.js (guards included), without building the whole app.
 */
export const startApiServer = async (config: Promise<SanitizedConfig> | SanitizedConfig) => {
  const handlers = {
    DELETE: guardedRest(config, REST_DELETE(config)),
    GET: guardedRest(config, REST_GET(config)),
    PATCH: guardedRest(config, REST_PATCH(config)),
    POST: guardedRest(config, REST_POST(config)),
  }
  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`)
      const handler = handlers[req.method as keyof typeof handlers]
      if (!handler || !url.pathname.startsWith('/api/')) {
        res.writeHead(404).end()
        return
      }
      const hasBody = req.method !== 'GET' && req.method !== 'DELETE'
      const request = new Request(url, {
        body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
        duplex: 'half',
        headers: req.headers as Record<string, string>,
        method: req.method,
      } as RequestInit)
      const slug = url.pathname.slice('/api/'.length).split('/').filter(Boolean)
      const response = await handler(request, { params: Promise.resolve({ slug }) })
      const headers: Record<string, string[] | string> = {}
      response.headers.forEach((value, key) => {
        headers[key] = key === 'set-cookie' ? response.headers.getSetCookie() : value
      })
      // An upload refused half-way leaves its body unread: the connection cannot be reused.
      if (!req.readableEnded) headers.connection = 'close'
      res.writeHead(response.status, headers)
      res.end(Buffer.from(await response.arrayBuffer()))
    } catch (error) {
      // A crash here is a test failure of the app: surface it as the 500 the tests look for.
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error))
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  const base = `http://127.0.0.1:${port}`
  return {
    base,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    /** A REST request as the admin's client makes it (Polish messages), as `authorization` or anonymous. */
    send: async (method: string, path: string, authorization: null | string, body?: unknown) => {
      const res = await fetch(`${base}${path}`, {
        body: body === undefined ? undefined : JSON.stringify(body),
        headers: {
          'accept-language': 'pl',
          'content-type': 'application/json',
          ...(authorization ? { authorization } : {}),
        },
        method,
      })
      const text = await res.text()
      return {
        body: (text ? JSON.parse(text) : {}) as Record<string, any>,
        status: res.status,
        text,
      }
    },
    /** Logs in through the REST API and returns the Authorization header value. */
    login: async (email: string, password: string) => {
      const res = await fetch(`${base}/api/users/login`, {
        body: JSON.stringify({ email, password }),
        headers: { 'content-type': 'application/json' },
        method: 'POST',
      })
      const body = (await res.json()) as { token?: string }
      if (!body.token) throw new Error(`login failed for ${email}: ${res.status}`)
      return `JWT ${body.token}`
    },
  }
}

/** The messages of a REST error answer, field errors with their paths, in one line for assertions. */
export const errorMessages = (body: Record<string, any>) =>
  (
    (body.errors ?? []) as {
      data?: { errors?: { message: string; path?: string }[] }
      message: string
    }[]
  )
    .flatMap((e) => [
      e.message,
      ...(e.data?.errors ?? []).map((f) => (f.path ? `${f.path}: ${f.message}` : f.message)),
    ])
    .join(' | ')

import { initI18n } from '@payloadcms/translations'
import fs from 'node:fs/promises'
import path from 'node:path'
import {
  type Endpoint,
  type FlattenedField,
  getPayload,
  getRequestLanguage,
  type Payload,
  type SanitizedConfig,
} from 'payload'
import { parseCookies } from 'payload/shared'

import { isWellFormedId } from '../../domain/well-formed-id'
import { hasValidPercentEncoding } from '../malformed-request'
import { checkBody, checkJsonObject } from './body'
import { checkQuery } from './query'
import { refuse, notFound, type Refusal } from './refusal'

/** What a REST path names: a collection or a global, and the endpoint of it that will answer. */
type Target = {
  endpoint?: { params: Record<string, string>; path: string }
  fields: FlattenedField[]
  idType: 'number' | 'text'
  kind: 'collection' | 'global'
  upload: null | string
}

/** Matches an endpoint path the way Payload's path-to-regexp patterns are written (`/:id`, `/access/:id?`). */
export const matchEndpointPath = (
  pattern: string,
  segments: string[],
): null | Record<string, string> => {
  const parts = pattern.split('/').filter(Boolean)
  const params: Record<string, string> = {}
  for (let i = 0; i < Math.max(parts.length, segments.length); i++) {
    const part = parts[i]
    if (part === undefined) return null
    if (part.startsWith(':')) {
      const optional = part.endsWith('?')
      if (segments[i] === undefined) return optional && i === parts.length - 1 ? params : null
      params[part.slice(1, optional ? -1 : undefined)] = segments[i]
    } else if (part !== segments[i]) return null
  }
  return params
}

const findEndpoint = (
  endpoints: Endpoint[] | false | undefined,
  method: string,
  segments: string[],
) => {
  for (const endpoint of endpoints || []) {
    if (endpoint.method.toUpperCase() !== method) continue
    const params = matchEndpointPath(endpoint.path, segments)
    if (params) return { params, path: endpoint.path }
  }
  return undefined
}

/** The refusal for a path naming what cannot be asked for, or the target it names. */
const resolve = (
  payload: Payload,
  method: string,
  segments: string[],
): Refusal | Target | undefined => {
  const isGlobal = segments[0] === 'globals'
  const slug = isGlobal ? segments[1] : segments[0]
  const rest = segments.slice(isGlobal ? 2 : 1)
  const collection = isGlobal
    ? undefined
    : Object.values(payload.collections).find((c) => c.config.slug === slug)
  const config = isGlobal ? payload.config.globals.find((g) => g.slug === slug) : collection?.config
  if (!config) return undefined
  // Payload's own collections closed to REST (payload-migrations) answer 501; for a client they do not exist.
  if (config.endpoints === false) return notFound
  if (rest[0] === 'versions' && !config.versions) return notFound
  return {
    endpoint: findEndpoint(config.endpoints, method, rest),
    fields: config.flattenedFields,
    idType: collection?.customIDType ?? payload.db.defaultIDType,
    kind: isGlobal ? 'global' : 'collection',
    upload: collection?.config.upload ? (collection.config.upload.staticDir ?? slug) : null,
  }
}

/** Payload's create and update (and the auth forms): their hooks expect a document in the body. */
const takesDocument = (target: Target | undefined, method: string) => {
  const path = target?.endpoint?.path
  if (!path) return false
  if (target.kind === 'global') return method === 'POST' && path === '/'
  return (
    (method === 'POST' &&
      ['/', '/login', '/forgot-password', '/reset-password', '/unlock', '/first-register'].includes(
        path,
      )) ||
    (method === 'PATCH' && (path === '/' || path === '/:id'))
  )
}

/** A file that is not there (or could not be a file name) is a 404, not a stat error. */
const checkFile = async (dir: string, name: string): Promise<null | Refusal> => {
  if (
    !name ||
    name.includes('\0') ||
    name.includes('/') ||
    name.includes('\\') ||
    Buffer.byteLength(name) > 255 ||
    name === '.' ||
    name === '..'
  )
    return notFound
  const stat = await fs.stat(path.resolve(dir, name)).catch(() => null)
  return stat?.isFile() ? null : notFound
}

const fieldTypeOf = (target: Target | undefined) => (fieldPath: string) => {
  if (!target) return undefined
  const name = fieldPath.replace(/^version\./, '').split('.', 1)[0]
  if (name === 'id') return target.idType
  return target.fields.find((f) => f.name === name)?.type
}

/** Everything wrong with a REST request that Payload would answer with a 500. */
const check = async (payload: Payload, request: Request): Promise<null | Refusal> => {
  const url = new URL(request.url)
  if (!hasValidPercentEncoding(url.pathname))
    return refuse(
      400,
      'Nieprawidłowy adres: błędne kodowanie znaków (%).',
      'Malformed address: invalid percent-encoding.',
    )
  const segments = url.pathname
    .slice(payload.config.routes.api.length)
    .split('/')
    .filter(Boolean)
    .map(decodeURIComponent)
  const method = request.method.toUpperCase()
  const resolved = resolve(payload, method, segments)
  if (resolved && 'status' in resolved) return resolved
  const target = resolved
  const id = target?.endpoint?.params.id
  if (id !== undefined && !isWellFormedId(id, target!.idType)) return notFound
  if (target?.upload && target.endpoint?.path === '/file/:filename') {
    const missing = await checkFile(target.upload, target.endpoint.params.filename)
    if (missing) return missing
  }
  const params = new URLSearchParams(url.search)
  // Payload turns such a POST into a GET (handleEndpoints): a form body becomes the query string, a JSON one is parsed outside its error handling.
  const override = ['x-payload-http-method-override', 'x-http-method-override'].some(
    (name) => request.headers.get(name) === 'GET',
  )
  if (method === 'POST' && override) {
    const type = request.headers.get('content-type')
    if (type === 'application/json')
      return (
        checkJsonObject(await request.clone().text()) ?? checkQuery(params, fieldTypeOf(target))
      )
    if (type === 'application/x-www-form-urlencoded')
      for (const [key, value] of new URLSearchParams(await request.clone().text()))
        params.append(key, value)
    return checkQuery(params, fieldTypeOf(target))
  }
  return (
    checkQuery(params, fieldTypeOf(target)) ??
    (await checkBody(request, takesDocument(target, method)))
  )
}

export type RouteHandler = (
  request: Request,
  args: { params: Promise<{ slug: string[] }> },
) => Promise<Response>

/**
 * Wraps Payload's REST route handlers: bad input (a broken `where`, a page of 1e20, a date field
 * compared with a non-date, an operator the adapter lacks, a body that is not a JSON object or is
 * nested 50,000 deep, a multipart form without boundary, a missing file, versions of a collection
 * without them) is answered with a 4xx in Payload's error format, in the request's language,
 * and logged at info; Payload would throw somewhere inside and answer 500.
 */
export const guardRest =
  (config: Promise<SanitizedConfig> | SanitizedConfig, handler: RouteHandler): RouteHandler =>
  async (request, args) => {
    const payload = await getPayload({ config, cron: true })
    const refusal = await check(payload, request)
    if (!refusal) return handler(request, args)
    const language = getRequestLanguage({
      config: payload.config,
      cookies: parseCookies(request.headers),
      headers: request.headers,
    })
    const i18n = await initI18n({ config: payload.config.i18n, context: 'api', language })
    const message =
      'key' in refusal.message
        ? i18n.t(refusal.message.key, refusal.message.vars)
        : language === 'en'
          ? refusal.message.en
          : refusal.message.pl
    payload.logger.info(
      `${refusal.status} ${request.method} ${request.url.slice(0, 200)}: ${message}`,
    )
    return Response.json({ errors: [{ message }] }, { status: refusal.status })
  }

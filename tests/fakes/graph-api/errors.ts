import { newTraceId, type GraphState } from './state'
import type { InjectedError, Reply } from './types'

const DEFAULT_MESSAGES: Record<number, string> = {
  1: 'An unknown error occurred',
  2: 'Service temporarily unavailable',
  4: '(#4) Application request limit reached',
  10: '(#10) Application does not have permission for this action',
  17: '(#17) User request limit reached',
  32: '(#32) Page request limit reached',
  100: '(#100) Invalid parameter',
  190: 'Error validating access token: The session has been invalidated because the user changed their password or Facebook has changed the session for security reasons.',
  200: '(#200) Permissions error',
  368: '(#368) The action attempted has been deemed abusive or is otherwise disallowed',
  506: '(#506) Duplicate status message',
  613: '(#613) Calls to this api have exceeded the rate limit.',
  80001:
    '(#80001) There have been too many calls to this Page account. Wait a bit and try again. For more info, please refer to https://developers.facebook.com/docs/graph-api/overview/rate-limiting.',
}

const defaultMessage = (code: number) => {
  if (DEFAULT_MESSAGES[code]) return DEFAULT_MESSAGES[code]
  if (code > 80001 && code <= 80014)
    return `(#${code}) There have been too many calls for this business use case. Wait a bit and try again.`
  if (code > 200 && code < 300) return `(#${code}) Permissions error`
  return `(#${code}) An error occurred`
}

export const errorReply = (
  state: GraphState,
  err: Omit<InjectedError, 'times' | 'path' | 'method'>,
): Reply => {
  const fbtraceId = newTraceId(state)
  const message = err.message ?? defaultMessage(err.code)
  const body = {
    error: {
      code: err.code,
      ...(err.subcode !== undefined ? { error_subcode: err.subcode } : {}),
      fbtrace_id: fbtraceId,
      // Facebook marks its own outages as retryable.
      ...(err.code === 1 || err.code === 2 ? { is_transient: true } : {}),
      message,
      type: err.type ?? 'OAuthException',
    },
  }
  const status = err.status ?? (err.code === 1 || err.code === 2 ? 500 : 400)
  const headers: Record<string, string> = { 'x-fb-trace-id': fbtraceId, ...err.headers }
  if (err.code === 190)
    headers['www-authenticate'] = `OAuth "Facebook Platform" "invalid_token" "${message}"`
  return { body, headers, status }
}
export const invalidParameter = (state: GraphState, message: string, code = 100) =>
  errorReply(state, { code, message: `(#${code}) ${message}` })
export const unsupportedRequest = (state: GraphState, method: string, id: string) =>
  errorReply(state, {
    code: 100,
    message: `Unsupported ${method.toLowerCase()} request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api`,
    subcode: 33,
    type: 'GraphMethodException',
  })
export const nonexistingField = (state: GraphState, field: string, nodeType: string) =>
  invalidParameter(state, `Tried accessing nonexisting field (${field}) on node type (${nodeType})`)

export const authenticate = (state: GraphState, token: string | undefined): Reply | undefined => {
  if (state.revoked && token) return errorReply(state, { code: 190, subcode: 460 })
  if (!token || token !== state.validToken)
    return errorReply(state, {
      code: 190,
      message: 'Invalid OAuth access token - Cannot parse access token',
    })
  return undefined
}

export const isReply = (value: unknown): value is Reply =>
  typeof value === 'object' && value !== null && 'status' in value && 'body' in value

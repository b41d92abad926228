import { expect } from 'vitest'

import { PASSWORD, SAVE } from './browser'

export type Json = Record<string, any>
export type RestOptions = { body?: unknown; method?: string; token?: string }

/**
 * The REST API of an e2e server as a client uses it: JSON in and out, Polish messages, a status
 * with the body even when it is an error; demo users' logins are made once per file.
 */
export const restClient = (baseURL: () => string) => {
  const api = async (route: string, options: RestOptions = {}) => {
    const res = await fetch(`${baseURL()}/api${route}`, {
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      headers: {
        'accept-language': 'pl',
        'content-type': 'application/json',
        ...(options.token ? { authorization: `JWT ${options.token}` } : {}),
      },
      method: options.method ?? 'GET',
      signal: AbortSignal.timeout(SAVE),
    })
    return { body: (await res.json().catch(() => ({}))) as Json, status: res.status }
  }
  const tokens = new Map<string, string>()
  const tokenOf = async (email: string) => {
    if (!tokens.has(email)) {
      const { body, status } = await api('/users/login', {
        body: { email, password: PASSWORD },
        method: 'POST',
      })
      expect(status, `login of ${email}: ${JSON.stringify(body)}`).toBe(200)
      tokens.set(email, body.token as string)
    }
    return tokens.get(email)!
  }
  return { api, tokenOf }
}

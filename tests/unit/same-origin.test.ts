import { describe, expect, it } from 'vitest'

import { imageFileName } from '../../src/domain/image-file-name'
import { loginWait } from '../../src/domain/login-limit'
import { isForeignCookieWrite, ownOrigin, servedOverHttps } from '../../src/server/same-origin'

const request = (
  method: string,
  headers: Record<string, string>,
  url = 'http://gmina.example/api/posts/1',
) => ({ headers: new Headers(headers), method, url })
const cookie = 'payload-lng=pl; payload-token=abc'

describe('ownOrigin', () => {
  it("is SERVER_URL's origin when set, whatever the request says", () => {
    expect(
      ownOrigin(request('PATCH', { host: 'internal:3000' }), {
        SERVER_URL: 'https://gmina.example/herold/',
      }),
    ).toBe('https://gmina.example')
  })
  it("is the request's host and scheme; the forwarded ones only from a trusted proxy", () => {
    const viaProxy = {
      host: '127.0.0.1:3000',
      'x-forwarded-host': 'gmina.example',
      'x-forwarded-proto': 'https',
    }
    expect(ownOrigin(request('PATCH', viaProxy, 'http://127.0.0.1:3000/api'), {})).toBe(
      'http://127.0.0.1:3000',
    )
    expect(
      ownOrigin(request('PATCH', viaProxy, 'http://127.0.0.1:3000/api'), { TRUST_PROXY: '1' }),
    ).toBe('https://gmina.example')
  })
})

describe('isForeignCookieWrite', () => {
  const env = {}
  it('refuses a cookie write without our Origin, and a browser saying it is not same-origin', () => {
    const foreign: Record<string, string>[] = [
      {},
      { origin: 'null' },
      { origin: 'https://evil.example' },
      { origin: 'http://gmina.example', 'sec-fetch-site': 'same-site' },
    ]
    for (const headers of foreign) {
      expect(
        isForeignCookieWrite(request('POST', { cookie, host: 'gmina.example', ...headers }), env),
      ).toBe(true)
    }
  })
  it('lets through reads, our own pages, requests without the session cookie and Authorization headers', () => {
    expect(
      isForeignCookieWrite(
        request('GET', { cookie, host: 'gmina.example', origin: 'https://evil.example' }),
        env,
      ),
    ).toBe(false)
    expect(
      isForeignCookieWrite(
        request('DELETE', {
          cookie,
          host: 'gmina.example',
          origin: 'http://gmina.example',
          'sec-fetch-site': 'same-origin',
        }),
        env,
      ),
    ).toBe(false)
    expect(
      isForeignCookieWrite(
        request('POST', {
          cookie: 'payload-lng=pl',
          host: 'gmina.example',
          origin: 'https://evil.example',
        }),
        env,
      ),
    ).toBe(false)
    expect(
      isForeignCookieWrite(
        request('PATCH', { authorization: 'JWT x', cookie, host: 'gmina.example' }),
        env,
      ),
    ).toBe(false)
  })
})

describe('servedOverHttps', () => {
  it('believes SERVER_URL, or X-Forwarded-Proto from a trusted proxy only', () => {
    expect(servedOverHttps(request('GET', {}), { SERVER_URL: 'https://gmina.example' })).toBe(true)
    expect(servedOverHttps(request('GET', { 'x-forwarded-proto': 'https' }), {})).toBe(false)
    expect(
      servedOverHttps(request('GET', { 'x-forwarded-proto': 'https' }), { TRUST_PROXY: 'true' }),
    ).toBe(true)
  })
})

describe('loginWait', () => {
  it('lets the 60th attempt of the hour through and makes the 61st wait until the oldest leaves the window', () => {
    const now = Date.parse('2025-05-01T12:00:00Z')
    expect(loginWait(60, new Date(now - 10 * 60_000), now)).toBeNull()
    expect(loginWait(61, new Date(now - 10 * 60_000), now)).toBe(50 * 60)
  })
})

describe('imageFileName', () => {
  it.each([
    ['x.html', 'jpeg', 'x.jpg'],
    ['photo.jpg.html', 'jpeg', 'photo.jpg'],
    ['x.svg', 'png', 'x.png'],
    ['Zdjęcie.JPEG', 'jpeg', 'Zdjęcie.JPEG'],
    ['bez-rozszerzenia', 'webp', 'bez-rozszerzenia.webp'],
    ['logo.svg', 'svg', null],
    ['x.jpg', undefined, null],
  ])('%s (%s) → %s', (name, format, stored) => {
    expect(imageFileName(name, format)).toBe(stored)
  })
})

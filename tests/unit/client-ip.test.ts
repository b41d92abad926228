import http from 'node:http'
import { describe, expect, it } from 'vitest'

import { clientIpFrom, installPeerAddress, PEER_HEADER, trustedHops } from '../../src/client-ip'

const headers = (h: Record<string, string>) => new Headers(h)

describe('clientIpFrom', () => {
  it('uses the socket address unless a proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(
      clientIpFrom(
        headers({ [PEER_HEADER]: '192.0.2.7', 'x-forwarded-for': '6.6.6.6' }),
        undefined,
      ),
    ).toBe('192.0.2.7')
    expect(clientIpFrom(headers({ [PEER_HEADER]: '::ffff:192.0.2.7' }), 'false')).toBe('192.0.2.7')
    expect(clientIpFrom(headers({ 'x-forwarded-for': '6.6.6.6' }), undefined)).toBe('unknown')
  })

  it('behind trusted proxies, takes the entry the outermost trusted proxy appended', () => {
    const chain = {
      [PEER_HEADER]: '10.0.0.2',
      'x-forwarded-for': '6.6.6.6, 198.51.100.4, 10.0.0.1',
    }
    expect(clientIpFrom(headers(chain), 'true')).toBe('10.0.0.1')
    expect(clientIpFrom(headers(chain), '2')).toBe('198.51.100.4')
    // More hops declared than present: the leftmost entry is all there is.
    expect(clientIpFrom(headers({ 'x-forwarded-for': '198.51.100.4' }), '3')).toBe('198.51.100.4')
    // A trusted proxy that sent no header: the socket.
    expect(clientIpFrom(headers({ [PEER_HEADER]: '10.0.0.2' }), 'true')).toBe('10.0.0.2')
  })

  it('reads TRUST_PROXY as true, a number of hops, or nothing', () => {
    expect([
      trustedHops('true'),
      trustedHops('2'),
      trustedHops(undefined),
      trustedHops('false'),
      trustedHops('-1'),
      trustedHops('1.5'),
    ]).toEqual([1, 2, 0, 0, 0, 0])
  })
})

describe('installPeerAddress', () => {
  it('stamps each request with its socket address, overwriting what the client sent under that name', async () => {
    installPeerAddress()
    installPeerAddress() // twice is once
    const server = http.createServer((req, res) => res.end(String(req.headers[PEER_HEADER])))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = server.address() as { port: number }
      const res = await fetch(`http://127.0.0.1:${port}/`, {
        headers: { [PEER_HEADER]: '6.6.6.6', 'x-forwarded-for': '6.6.6.6' },
      })
      expect(await res.text()).toBe('127.0.0.1')
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  })
})

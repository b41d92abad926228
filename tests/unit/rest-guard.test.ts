import { describe, expect, it } from 'vitest'

import { notTextFields } from '../../src/domain/text-fields'
import { malformedRequest } from '../../src/server/malformed-request'
import { checkJsonObject, jsonDepth, MAX_JSON_DEPTH } from '../../src/server/rest-guard/body'
import { matchEndpointPath } from '../../src/server/rest-guard'
import { checkQuery } from '../../src/server/rest-guard/query'

const types: Record<string, string> = {
  createdAt: 'date',
  id: 'number',
  location: 'point',
  title: 'text',
  views: 'number',
}
const query = (search: string) =>
  checkQuery(new URLSearchParams(search), (path) => types[path.split('.')[0]])

describe('request edge: methods and path encodings Next.js cannot take', () => {
  it.each([
    ['TRACE', '/'],
    ['CONNECT', '/api/posts'],
    ['PROPFIND', '/aktualnosci'],
  ])('%s %s: 405 with Allow', (method, url) => {
    expect(malformedRequest(method, url)).toMatchObject({
      allow: expect.stringContaining('GET'),
      status: 405,
    })
  })

  it.each([
    ['POST', '/newsletter/preferencje/x'],
    ['PUT', '/aktualnosci'],
    ['DELETE', '/feeds/all.xml'],
    ['POST', '/api./newsletter/subscribe'],
  ])('%s %s (the site is only read; its forms post to /api): 405', (method, url) => {
    expect(malformedRequest(method, url)).toMatchObject({
      allow: 'GET, HEAD, OPTIONS',
      status: 405,
    })
  })

  it.each([
    ['POST', '/api/newsletter/subscribe'],
    ['PATCH', '/api/posts/1'],
    ['POST', '/admin/collections/posts'],
    ['HEAD', '/feeds/all.xml'],
  ])('%s %s passes', (method, url) => {
    expect(malformedRequest(method, url)).toBeNull()
  })

  it.each(['/aktualnosci/%ZZ', '/%', '/feeds/units/%E2%82.xml', '/admin/%C0%AF'])(
    '%s: 400',
    (url) => {
      expect(malformedRequest('GET', url)).toMatchObject({ status: 400 })
    },
  )

  it.each([
    '/',
    '/aktualnosci/zebranie-wiejskie',
    '/api/posts?where=%ZZ',
    '/aktualnosci/%C5%81%C3%B3d%C5%BA',
  ])('%s passes', (url) => {
    expect(malformedRequest('GET', url)).toBeNull()
  })
})

describe('REST query strings', () => {
  it.each([
    'where=notjson',
    'where=%5B1%5D',
    'data=notjson',
    'page=1e20',
    'page=-1',
    'page[]=1',
    'page=1&page=2',
    'limit=abc',
    'depth=1e9',
    'where[createdAt][greater_than]=x',
    'where[createdAt][in]=2024-01-01,nope',
    'where[id][equals]=abc',
    'where[views][less_than]=many',
    'where[title][near]=1,2',
    'where[title][unknown_op]=1',
    'where[title]=x',
    'where[and]=x',
    'where[or][x][title][equals]=a',
    'where[title][equals][deep]=1',
    'where[title]x=1',
  ])('%s: 400', (search) => {
    expect(query(search)).toMatchObject({ status: 400 })
  })

  it.each([
    'page=2&limit=10&depth=1',
    'where[createdAt][greater_than]=2024-01-01T00:00:00.000Z',
    'where[createdAt][in]=2024-01-01,2024-02-01',
    'where[id][in][0]=1&where[id][in][1]=2',
    'where[or][0][title][like]=a&where[or][1][views][greater_than]=3',
    'where[location][near]=1,2,1000',
    'where[unit.name][equals]=Szkoła',
    `where=${encodeURIComponent('{"and":[{"title":{"exists":true}},{"createdAt":{"less_than":"2030-01-01"}}]}')}`,
    'where[createdAt][equals]=',
    'sort=-createdAt',
  ])('%s passes', (search) => {
    expect(query(search)).toBeNull()
  })
})

describe('REST bodies', () => {
  it('counts nesting without parsing, strings aside', () => {
    expect(jsonDepth('{"a":[1,{"b":"[[[{{{"}]}')).toBe(3)
    expect(jsonDepth('"\\"[["')).toBe(0)
    expect(jsonDepth('['.repeat(50_000) + ']'.repeat(50_000))).toBe(50_000)
  })

  it.each([
    ['null'],
    ['"text"'],
    ['1e999'],
    ['[]'],
    ['{'],
    ['['.repeat(MAX_JSON_DEPTH + 1) + ']'.repeat(MAX_JSON_DEPTH + 1)],
  ])('%s is refused', (text) => {
    expect(checkJsonObject(text)).toMatchObject({ status: 400 })
  })

  it('takes a JSON object', () => {
    expect(checkJsonObject('{"title":"Zebranie","body":{"root":{"children":[]}}}')).toBeNull()
  })
})

describe('endpoint paths as Payload writes them', () => {
  it.each([
    ['/:id', ['12'], { id: '12' }],
    ['/', [], {}],
    ['/versions/:id', ['versions', 'abc'], { id: 'abc' }],
    ['/access/:id?', ['access'], {}],
    ['/access/:id?', ['access', '3'], { id: '3' }],
    ['/file/:filename', ['file', 'a.png'], { filename: 'a.png' }],
    ['/:id/retry', ['7', 'retry'], { id: '7' }],
  ])('%s matches %j', (pattern, segments, params) => {
    expect(matchEndpointPath(pattern, segments)).toEqual(params)
  })

  it.each([
    ['/:id', []],
    ['/:id', ['1', 'x']],
    ['/count', ['counts']],
    ['/versions/:id', ['versions']],
  ])('%s does not match %j', (pattern, segments) => {
    expect(matchEndpointPath(pattern, segments)).toBeNull()
  })
})

describe('text fields', () => {
  it('names what is given but is not text', () => {
    expect(
      notTextFields({ lead: 'x', slug: 5, title: { $gt: '' } }, ['title', 'slug', 'lead']),
    ).toEqual(['title', 'slug'])
    expect(notTextFields({ title: 'Zebranie' }, ['title', 'slug'])).toEqual([])
  })
})

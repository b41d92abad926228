import type { Params, Upload } from './types'

/** Minimal multipart/form-data parser: enough for what fetch's FormData and curl send. */
const parseMultipart = (body: Buffer, boundary: string) => {
  const params: Params = {}
  const files: Record<string, Upload> = {}
  const delimiter = Buffer.from(`--${boundary}`)
  const nextDelimiter = Buffer.from(`\r\n--${boundary}`)
  let at = body.indexOf(delimiter)
  while (at !== -1) {
    const partStart = at + delimiter.length
    if (body.subarray(partStart, partStart + 2).toString() === '--') break
    const end = body.indexOf(nextDelimiter, partStart)
    if (end === -1) break
    const part = body.subarray(partStart + 2, end)
    const headerEnd = part.indexOf('\r\n\r\n')
    if (headerEnd !== -1) {
      const head = part.subarray(0, headerEnd).toString('utf8')
      const content = part.subarray(headerEnd + 4)
      const name = /;\s*name="([^"]*)"/i.exec(head)?.[1]
      const filename = /;\s*filename="([^"]*)"/i.exec(head)?.[1]
      if (name !== undefined && filename !== undefined)
        files[name] = { bytes: content.length, filename }
      else if (name !== undefined) params[name] = content.toString('utf8')
    }
    at = end + 2
  }
  return { files, params }
}

/** JSON bodies carry booleans, numbers and arrays; Graph treats every parameter as a string. */
const stringifyJsonParams = (json: unknown): Params => {
  if (!json || typeof json !== 'object' || Array.isArray(json))
    throw new Error('JSON body must be an object')
  const params: Params = {}
  for (const [key, value] of Object.entries(json)) {
    if (value === null || value === undefined) continue
    params[key] = typeof value === 'string' ? value : JSON.stringify(value)
  }
  return params
}

export const parseBody = (
  contentType: string,
  body: Buffer,
): { params: Params; files: Record<string, Upload> } => {
  const type = contentType.split(';')[0].trim().toLowerCase()
  if (body.length === 0) return { files: {}, params: {} }
  if (type === 'application/x-www-form-urlencoded')
    return { files: {}, params: Object.fromEntries(new URLSearchParams(body.toString('utf8'))) }
  if (type === 'application/json')
    return { files: {}, params: stringifyJsonParams(JSON.parse(body.toString('utf8'))) }
  if (type === 'multipart/form-data') {
    const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType)
    if (!boundary) throw new Error('multipart body without boundary')
    return parseMultipart(body, (boundary[1] ?? boundary[2]).trim())
  }
  return { files: {}, params: {} }
}

export const bearerToken = (header: string | undefined) =>
  /^(?:Bearer|OAuth)\s+(\S+)$/i.exec(header ?? '')?.[1]

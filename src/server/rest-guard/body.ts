import { refuse, type Refusal } from './refusal'

/** Rich text is the deepest thing a document holds, and stays far below this. */
export const MAX_JSON_DEPTH = 100

/**
 * The deepest nesting of arrays and objects in JSON text, counted without parsing it: a body nested
 * 50,000 deep parses, then overflows the stack of whatever walks it (hooks, field traversal).
 */
export const jsonDepth = (text: string) => {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (inString) {
      if (c === '\\') i++
      else if (c === '"') inString = false
    } else if (c === '"') inString = true
    else if (c === '{' || c === '[') deepest = Math.max(deepest, ++depth)
    else if (c === '}' || c === ']') depth--
  }
  return deepest
}

const tooDeep = () =>
  refuse(
    400,
    `Dane są zagnieżdżone zbyt głęboko (ponad ${MAX_JSON_DEPTH} poziomów).`,
    `The data is nested too deeply (more than ${MAX_JSON_DEPTH} levels).`,
  )

/** A JSON object (what every endpoint takes as data): not null, a string, a number or an array. */
export const checkJsonObject = (text: string): null | Refusal => {
  if (jsonDepth(text) > MAX_JSON_DEPTH) return tooDeep()
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return refuse(
      400,
      'Treść żądania nie jest poprawnym JSON-em.',
      'The request body is not valid JSON.',
    )
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return refuse(
      400,
      'Treść żądania musi być obiektem JSON.',
      'The request body must be a JSON object.',
    )
  return null
}

const hasBody = (request: Request) =>
  request.headers.has('transfer-encoding') || Number(request.headers.get('content-length') ?? 0) > 0

/**
 * The body of a POST, PATCH or PUT, checked before Payload parses it: Payload takes JSON objects,
 * multipart forms (uploads, with the document in `_payload`) and, on custom endpoints, urlencoded
 * forms. `dataRequired`: Payload's create and update, whose hooks expect a document.
 */
export const checkBody = async (
  request: Request,
  dataRequired: boolean,
): Promise<null | Refusal> => {
  if (!['PATCH', 'POST', 'PUT'].includes(request.method)) return null
  // Compared as Payload does (addDataAndFileToRequest): the media type exactly, parameters aside.
  const [type, ...parameters] = (request.headers.get('content-type') ?? '').split(';')
  if (!hasBody(request))
    return dataRequired ? { message: { key: 'error:missingRequiredData' }, status: 400 } : null
  if (type === 'application/json') {
    const text = await request.clone().text()
    return text === '' && !dataRequired ? null : checkJsonObject(text)
  }
  if (type.startsWith('multipart/')) {
    if (!parameters.some((p) => /^\s*boundary=\S/.test(p))) {
      return refuse(
        400,
        'Formularz multipart bez granicy części (boundary) w nagłówku Content-Type.',
        'A multipart form without a boundary in its Content-Type header.',
      )
    }
    let form: FormData
    try {
      form = await request.clone().formData()
    } catch {
      return refuse(400, 'Nieprawidłowa treść formularza multipart.', 'Malformed multipart form.')
    }
    const document = form.get('_payload')
    return typeof document === 'string' ? checkJsonObject(document) : null
  }
  if (type === 'application/x-www-form-urlencoded' && !dataRequired) return null
  return refuse(
    415,
    'Nieobsługiwany typ treści: wyślij JSON (application/json) albo formularz (multipart/form-data).',
    'Unsupported content type: send JSON (application/json) or a form (multipart/form-data).',
  )
}

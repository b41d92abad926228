import type { DefaultTranslationKeys } from '@payloadcms/translations'

/**
 * Why a REST request is refused before Payload runs it: a Payload message (its own translations,
 * Polish by default) where Payload has one, our own pair otherwise.
 */
export type Refusal = {
  message:
    { en: string; pl: string } | { key: DefaultTranslationKeys; vars?: Record<string, string> }
  status: 400 | 404 | 415
}

export const refuse = (status: Refusal['status'], pl: string, en: string): Refusal => ({
  message: { en, pl },
  status,
})

export const invalidArgs = (args: string): Refusal => ({
  message: { key: 'error:invalidRequestArgs', vars: { args } },
  status: 400,
})

export const notFound: Refusal = { message: { key: 'error:notFound' }, status: 404 }

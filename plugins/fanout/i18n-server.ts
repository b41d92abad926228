// The fan-out's texts in the install's language, for server code outside a request.
import type { Payload } from 'payload'

import { installTranslator } from '../../src/domain/install-translator'
import type { FanoutT } from './i18n'
import type { FanoutTranslationKeys } from './translations'

/** The fan-out's texts in the install's language: the worker's, and those stored on records. */
export const installFanoutT = (payload: Pick<Payload, 'config'>): Promise<FanoutT> =>
  installTranslator<FanoutTranslationKeys>(payload)

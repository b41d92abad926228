import type { translator } from '../../../src/domain/translate'
import { REPORTS_PATH } from '../constants'
import type { ReportsTranslationKeys } from '../translations'

export type T = ReturnType<typeof translator<ReportsTranslationKeys>>

export const HOME = `/admin/${REPORTS_PATH}`

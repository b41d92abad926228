import { translator } from '../../src/domain/translate'
import type { ReportsTranslationKeys } from './translations'
import { pl } from './translations/pl'

/** `t` for the reports' texts: the request's (`translator(req.i18n)`) or `reportsPolish`. */
export type ReportsT = (key: ReportsTranslationKeys, vars?: Record<string, unknown>) => string

/** The reports' texts in Polish: the default of the pure report functions. */
export const reportsPolish: ReportsT = translator<ReportsTranslationKeys>({ translations: pl })

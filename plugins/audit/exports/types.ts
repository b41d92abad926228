export type { AuditPluginOptions, AuditRecord, AuditSpec } from '../types'

import type { Option } from '../../src/domain/labels'
import type { AuditTexts } from './translate'

/** A field's name in the log: as it is, or from the log's texts (`({ t }) => t('audit:…')`). */
export type AuditLabel = ((texts: AuditTexts) => string) | string

/** A field worth naming in the summary, and how its values read there. */
export type AuditTracked = {
  format?: (value: unknown, texts: AuditTexts) => string
  label: AuditLabel
  name: string
}

/** How an audited collection is read: its state field, the other fields worth naming, its title. */
export type AuditSpec = {
  slug: string
  /** The field whose every change is recorded as field / from / to (e.g. `workflowState`). */
  state?: { label: AuditLabel; name: string; options: readonly Option[] }
  /** Other fields; their changes are summarised in one line (`describeChanges`). */
  tracked: readonly AuditTracked[]
  /** Flattens a document into the compared values (nested groups, relationship ids). */
  view?: (doc: Record<string, unknown>) => Record<string, unknown>
  /** A name a person recognises the document by in the log. */
  title: (doc: Record<string, unknown>, texts: AuditTexts) => null | string
  /**
   * Payload drafts: a saved draft changes nothing outside the admin, only publishing and
   * unpublishing do.
   */
  drafts?: boolean
  /** A remark only the request knows (e.g. that a new secret was saved), added to the summary. */
  note?: (context: Record<string, unknown>) => null | string
}

export type AuditChange = {
  field: null | string
  from: null | string
  summary: string
  to: null | string
}

export type AuditRecord = AuditChange & {
  collection: string
  documentId: number | string
  documentTitle?: null | string
  operation: 'create' | 'delete' | 'update'
}

export type AuditPluginOptions = {
  /**
   * The collections of the instance the plugin audits, when it finds them in the config (the
   * host's posts, BIP entries, rules, register and complaints by default). A plugin that adds
   * collections of its own audits them with `withAudit` from `exports/server`, so the order of
   * the plugins does not matter.
   */
  collections?: readonly AuditSpec[]
}

import type { CollectionConfig, Field } from 'payload'

import { adminsOnly, isAdmin } from '../src/access/roles'
import { label, type Label } from '../src/domain/labels'
import { JOB_STATES, jobState, type JobView, lastJobError } from '../src/jobs/job-state'

const FIELD_LABELS: Record<string, Label> = {
  completedAt: label('Zakończono', 'Completed at'),
  error: label('Błąd', 'Error'),
  hasError: label('Błąd bez ponowień', 'Failed for good'),
  input: label('Dane wejściowe', 'Input'),
  log: label('Przebieg', 'Log'),
  meta: label('Metadane', 'Meta'),
  processing: label('W toku', 'Processing'),
  queue: label('Kolejka', 'Queue'),
  taskSlug: label('Zadanie', 'Task'),
  totalTried: label('Próby', 'Attempts'),
  waitUntil: label('Czeka do', 'Waits until'),
  workflowSlug: label('Przepływ', 'Workflow'),
}

/** Payload's fields with Polish labels (its one tab, "Status", included). */
const labelled = (fields: Field[]): Field[] =>
  fields.map((field) => {
    if (field.type === 'tabs')
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({
          ...tab,
          fields: labelled(tab.fields),
          label: label('Stan', 'Status'),
        })),
      }
    return 'name' in field && FIELD_LABELS[field.name]
      ? ({ ...field, label: FIELD_LABELS[field.name] } as Field)
      : field
  })

/** Columns computed on reading, never stored: the job's state and its last error in words. */
const viewFields: Field[] = [
  {
    name: 'state',
    type: 'select',
    admin: { readOnly: true },
    hooks: { afterRead: [({ data }) => jobState((data ?? {}) as JobView, new Date())] },
    label: label('Stan', 'State'),
    options: [...JOB_STATES],
    virtual: true,
  },
  {
    name: 'lastError',
    type: 'text',
    admin: { readOnly: true },
    hooks: { afterRead: [({ data }) => lastJobError((data ?? {}) as JobView)] },
    label: label('Ostatni błąd', 'Last error'),
    virtual: true,
  },
]

/**
 * Payload's job queue, shown to admins only and read-only: what is queued, running or failed.
 * Jobs are written by Payload's job runner alone (directly in the database), never over the API.
 */
export const jobsAdminView = ({
  defaultJobsCollection,
}: {
  defaultJobsCollection: CollectionConfig
}): CollectionConfig => ({
  ...defaultJobsCollection,
  labels: {
    plural: label('Zadania w tle', 'Background jobs'),
    singular: label('Zadanie w tle', 'Background job'),
  },
  access: { create: () => false, delete: () => false, read: adminsOnly, update: () => false },
  admin: {
    ...defaultJobsCollection.admin,
    defaultColumns: ['taskSlug', 'queue', 'state', 'waitUntil', 'lastError', 'updatedAt'],
    description: label(
      'Praca wykonywana w tle (publikacja zaplanowanych wpisów, wysyłka do kanałów, newsletter, komentarze): co czeka, co trwa, co się nie udało. Tylko do odczytu.',
      'Work done in the background (scheduled posts, channel deliveries, newsletter, comments): what waits, runs or failed. Read-only.',
    ),
    group: label('System', 'System'),
    hidden: ({ user }) => !isAdmin(user),
  },
  // No defaultSort: Payload's job runner takes it as its processing order (FIFO must stay).
  fields: [...labelled(defaultJobsCollection.fields), ...viewFields],
})

import type { ArrayFieldServerProps } from 'payload'

import { getTranslation } from '@payloadcms/translations'

import type { Post } from '../payload-types'

import { approvalLogRows, deciderId } from '../domain/approval-log-rows'
import { USERS } from '../domain/slugs'
import { translator } from '../domain/translate'
import type { AppTranslationKeys } from '../translations'

/**
 * The post's approval log as a read-only list for everyone: when, who, which decision, from which
 * state to which, and the comment. Nobody edits it (the field's access); only the workflow appends.
 */
export const ApprovalLog = async ({ data, field, i18n, payload }: ArrayFieldServerProps) => {
  const t = translator<AppTranslationKeys>(i18n)
  const log = (data as Partial<Post> | undefined)?.approvalLog ?? []
  const ids = [...new Set(log.map((entry) => deciderId(entry.by)).filter((id) => id !== null))]
  // Names only: who decided is part of the log every reader of the post may see.
  const { docs: users } = ids.length
    ? await payload.find({
        collection: USERS,
        depth: 0,
        limit: ids.length,
        overrideAccess: true,
        pagination: false,
        select: { name: true },
        where: { id: { in: ids } },
      })
    : { docs: [] }
  const rows = approvalLogRows(
    log,
    new Map(users.map((user) => [user.id, user.name])),
    i18n.language === 'en' ? 'en' : 'pl',
  )
  const heading = field.label ? getTranslation(field.label, i18n) : field.name
  return (
    <div className="field-type approval-log" style={{ marginBottom: 'var(--spacing-field)' }}>
      <h3 style={{ marginBottom: '0.75rem' }}>{heading}</h3>
      {rows.length ? (
        <div className="table">
          <table>
            <thead>
              <tr>
                <th>{t('herold:logWhen')}</th>
                <th>{t('herold:logWho')}</th>
                <th>{t('herold:logDecision')}</th>
                <th>{t('herold:logStates')}</th>
                <th>{t('herold:logCommentHeading')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <td style={{ whiteSpace: 'nowrap' }}>{row.when}</td>
                  <td>{row.by}</td>
                  <td>{row.decision}</td>
                  <td>{row.states}</td>
                  <td style={{ whiteSpace: 'pre-line' }}>{row.comment}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t('herold:logEmpty')}</p>
      )}
    </div>
  )
}

import type { DefaultServerCellComponentProps } from 'payload'

import { getTranslation } from '@payloadcms/translations'
import React from 'react'

import { postWithdrawalLabel } from '../../plugins/fanout/exports/server'
import { idOf } from '../access/roles'
import { heldForBip } from '../domain/public-visibility'
import { BIP_REFERENCES } from '../domain/slugs'
import { translator } from '../domain/translate'
import { WORKFLOW_STATES } from '../domain/workflow'
import type { AppTranslationKeys } from '../translations'

/**
 * The state column of the posts list: a published post whose BIP entry is not out yet reads
 * "Czeka na publikację w BIP", never "Opublikowany", because residents do not see it yet; one
 * whose BIP entry was withdrawn says what became of its copies ("Wycofany z BIP – …").
 */
export const WorkflowStateCell = async ({
  cellData,
  i18n,
  payload,
  rowData,
}: DefaultServerCellComponentProps) => {
  const state = WORKFLOW_STATES.find((s) => s.value === cellData)
  const label = state ? getTranslation(state.label, i18n) : String(cellData ?? '')
  const ref = idOf<number>(rowData.bipReference)
  const entry =
    cellData === 'published' && ref != null
      ? await payload.findByID({
          collection: BIP_REFERENCES,
          depth: 0,
          disableErrors: true,
          id: ref,
          overrideAccess: true,
          select: { publishedAt: true, state: true },
        })
      : null
  const withdrawn =
    entry?.state === 'withdrawn' ? await postWithdrawalLabel(payload, rowData.id, i18n) : null
  const held =
    cellData === 'published' &&
    heldForBip(
      { informationType: rowData.informationType, workflowState: cellData },
      entry,
      new Date(),
    )
  return (
    <span>
      {withdrawn ?? (held ? translator<AppTranslationKeys>(i18n)('herold:heldForBip') : label)}
    </span>
  )
}

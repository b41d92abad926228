'use client'
import { Button, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { withdrawalCopyKey } from '../rules/bip-withdrawal'
import type { FanoutTranslationKeys, FanoutTranslations } from '../translations'

export type WorkAction = 'removed' | 'send'

type Copy = {
  channel: string
  state: string
  takenDownAt?: null | string
  withdrawal?: null | string
}

/**
 * A copy's work beside its state in the channels panel: where it stands after its BIP entry was
 * withdrawn (with the editors' confirmation of a task), and "Wyślij teraz" for a skipped copy.
 */
export const CopyWork: React.FC<{
  act: (action: WorkAction) => void
  copy: Copy
  staff: boolean
}> = ({ act, copy, staff }) => {
  const { t } = useTranslation<FanoutTranslations, FanoutTranslationKeys>()
  const withdrawal = withdrawalCopyKey(copy)
  return (
    <>
      {withdrawal ? <div data-testid={`withdrawal-${copy.channel}`}>{t(withdrawal)}</div> : null}
      {copy.withdrawal === 'task' && !copy.takenDownAt ? (
        <div>
          <Button
            buttonStyle="secondary"
            margin={false}
            onClick={() => act('removed')}
            size="small"
          >
            {t('fanout:withdrawal:markRemoved')}
          </Button>
        </div>
      ) : null}
      {copy.state === 'skipped' && staff ? (
        <div>
          <Button buttonStyle="secondary" margin={false} onClick={() => act('send')} size="small">
            {t('fanout:sendNow:action')}
          </Button>
        </div>
      ) : null}
    </>
  )
}

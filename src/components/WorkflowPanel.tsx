'use client'
import { getTranslation } from '@payloadcms/translations'
import {
  Button,
  CheckboxInput,
  Pill,
  TextareaInput,
  useAuth,
  useDocumentInfo,
  useForm,
  useFormFields,
  useTranslation,
} from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { useWithdrawalLabel } from '../../plugins/fanout/exports/client'
import { type BipVisibility, heldForBip } from '../domain/public-visibility'
import { BIP_REFERENCES } from '../domain/slugs'
import {
  approversThisRound,
  availableActions,
  isAuthor,
  WORKFLOW_ACTIONS,
  WORKFLOW_STATES,
  type LogEntry,
  type Role,
  type WorkflowAction,
  type WorkflowState,
} from '../domain/workflow'
import type { AppTranslationKeys, AppTranslations } from '../translations'

const NEEDS_COMMENT: WorkflowAction[] = ['request_changes', 'withdraw']

/**
 * Whether the saved post is published but still held from residents by its BIP entry (the entry
 * too, so the panel can say what became of the copies when it was withdrawn). An entry
 * this user cannot read is not published (published entries are public), so it holds the post.
 */
const useHeldForBip = (state: WorkflowState) => {
  const informationType = useFormFields(([fields]) => fields.informationType?.value)
  const bip = useFormFields(([fields]) => fields.bipReference?.value) as
    { id?: number | string } | null | number | string | undefined
  const bipId = typeof bip === 'object' && bip ? bip.id : bip
  const [entry, setEntry] = useState<BipVisibility | null>(null)
  const relevant = state === 'published' && informationType === 'public_information'
  useEffect(() => {
    if (!relevant || bipId == null) return setEntry(null)
    let stale = false
    fetch(`/api/${BIP_REFERENCES}/${bipId}?depth=0`, { credentials: 'include' })
      .then((res) => (res.ok ? (res.json() as Promise<BipVisibility>) : null))
      .catch(() => null)
      .then((found) => !stale && setEntry(found))
    return () => {
      stale = true
    }
  }, [relevant, bipId])
  return {
    held: heldForBip(
      { informationType: String(informationType), workflowState: state },
      entry,
      new Date(),
    ),
    withdrawn: relevant && entry?.state === 'withdrawn',
  }
}

/** Sidebar panel of a post: its state and the workflow actions the current user may take. */
export const WorkflowPanel: React.FC = () => {
  const { user } = useAuth()
  const { id } = useDocumentInfo()
  const { submit } = useForm()
  const { i18n, t } = useTranslation<AppTranslations, AppTranslationKeys>()
  const state = (useFormFields(([fields]) => fields.workflowState?.value) ??
    'draft') as WorkflowState
  const log = (useFormFields(([fields]) => fields.approvalLog?.rows) ?? []) as unknown[]
  const logValues = useFormFields(([fields]) =>
    (log as { id?: string }[]).map((_, i) => ({
      by: fields[`approvalLog.${i}.by`]?.value as LogEntry['by'],
      decision: fields[`approvalLog.${i}.decision`]?.value as LogEntry['decision'],
    })),
  )
  const [comment, setComment] = useState('')
  const [busy, setBusy] = useState(false)
  const [override, setOverride] = useState(false)
  const role = ((user as { role?: Role } | null)?.role ?? 'editor') as Role
  const author = useFormFields(([fields]) => fields.author?.value) as
    { id?: number | string } | null | number | string | undefined
  const authorId = typeof author === 'object' && author ? author.id : author
  const ownPost = isAuthor({ id: user?.id ?? null }, authorId)
  const actions = availableActions(id ? state : 'draft', role, ownPost)
  const known = WORKFLOW_STATES.find((s) => s.value === state)
  const { held, withdrawn } = useHeldForBip(state)
  const withdrawal = useWithdrawalLabel(id, withdrawn)
  const stateLabel = withdrawal
    ? withdrawal
    : held
      ? t('herold:heldForBip')
      : known
        ? getTranslation(known.label, i18n)
        : state
  const approvals = state === 'in_review' ? approversThisRound(logValues).size : 0

  const run = async (action: WorkflowAction) => {
    setBusy(true)
    try {
      await submit({
        overrides: { workflowAction: action, workflowComment: comment, workflowOverride: override },
      })
      setComment('')
      setOverride(false)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="herold-workflow" data-state={state} style={{ marginBottom: 'var(--base)' }}>
      <div
        style={{
          alignItems: 'center',
          display: 'flex',
          flexWrap: 'wrap',
          gap: 'calc(var(--base) / 3)',
          marginBottom: 'calc(var(--base) / 2)',
        }}
      >
        {t('herold:postState')}
        <div data-testid="workflow-state">
          <Pill
            pillStyle={
              state === 'published' && !held
                ? 'success'
                : state === 'in_review' || held
                  ? 'warning'
                  : 'light'
            }
            size="small"
          >
            {stateLabel}
          </Pill>
        </div>
        {approvals > 0 ? t('herold:approvals', { count: approvals }) : null}
      </div>
      {actions.length > 0 ? (
        <>
          <TextareaInput
            label={t('herold:comment')}
            onChange={(e) => setComment(e.target.value)}
            path="herold-workflow-comment"
            rows={2}
            value={comment}
          />
          {role === 'admin' && (actions.includes('approve') || actions.includes('submit')) ? (
            <div style={{ marginBottom: 'calc(var(--base) / 2)' }}>
              <CheckboxInput
                checked={override}
                label={t('herold:override')}
                name="herold-workflow-override"
                onToggle={(e) => setOverride(e.target.checked)}
              />
              <p className="field-description" style={{ margin: '4px 0 0' }}>
                {t('herold:overrideHint')}
              </p>
            </div>
          ) : null}
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6 }}>
            {actions.map((action) => {
              const label = WORKFLOW_ACTIONS.find((a) => a.value === action)?.label
              return (
                <Button
                  buttonStyle={
                    action === 'approve' || action === 'submit' ? 'primary' : 'secondary'
                  }
                  disabled={busy || (NEEDS_COMMENT.includes(action) && !comment.trim())}
                  key={action}
                  margin={false}
                  onClick={() => void run(action)}
                  size="small"
                  type="button"
                >
                  {label ? getTranslation(label, i18n) : action}
                </Button>
              )
            })}
          </div>
          {actions.some((a) => NEEDS_COMMENT.includes(a)) && !comment.trim() ? (
            <p className="field-description" style={{ margin: '4px 0 0' }}>
              {t('herold:commentNeeded')}
            </p>
          ) : null}
        </>
      ) : null}
    </div>
  )
}

'use client'
import { Button, useAuth, useDocumentInfo, useForm, useFormFields } from '@payloadcms/ui'
import React, { useState } from 'react'

import {
  approversThisRound,
  availableActions,
  WORKFLOW_ACTIONS,
  WORKFLOW_STATES,
  type LogEntry,
  type Role,
  type WorkflowAction,
  type WorkflowState,
} from '../domain/workflow'

const NEEDS_COMMENT: WorkflowAction[] = ['request_changes', 'withdraw']

/** Sidebar panel of a post: its state and the workflow actions the current user may take. */
export const WorkflowPanel: React.FC = () => {
  const { user } = useAuth()
  const { id } = useDocumentInfo()
  const { submit } = useForm()
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
  const role = ((user as { role?: Role } | null)?.role ?? 'editor') as Role
  const actions = availableActions(id ? state : 'draft', role)
  const stateLabel = WORKFLOW_STATES.find((s) => s.value === state)?.label.pl ?? state
  const approvals = state === 'in_review' ? approversThisRound(logValues).size : 0

  const run = async (action: WorkflowAction) => {
    setBusy(true)
    try {
      await submit({ overrides: { workflowAction: action, workflowComment: comment } })
      setComment('')
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="herold-workflow" data-state={state} style={{ marginBottom: 'var(--base)' }}>
      <p style={{ margin: 0 }}>
        Stan wpisu: <strong data-testid="workflow-state">{stateLabel}</strong>
        {approvals > 0 ? ` (akceptacje: ${approvals})` : null}
      </p>
      {actions.length > 0 ? (
        <>
          <label htmlFor="herold-workflow-comment" style={{ display: 'block', marginTop: 8 }}>
            Komentarz do decyzji
          </label>
          <textarea
            id="herold-workflow-comment"
            onChange={(e) => setComment(e.target.value)}
            rows={2}
            style={{ width: '100%' }}
            value={comment}
          />
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6 }}>
            {actions.map((action) => (
              <Button
                buttonStyle={action === 'approve' || action === 'submit' ? 'primary' : 'secondary'}
                disabled={busy || (NEEDS_COMMENT.includes(action) && !comment.trim())}
                key={action}
                onClick={() => void run(action)}
                size="small"
                type="button"
              >
                {WORKFLOW_ACTIONS.find((a) => a.value === action)?.label.pl ?? action}
              </Button>
            ))}
          </div>
          {actions.some((a) => NEEDS_COMMENT.includes(a)) && !comment.trim() ? (
            <p style={{ fontSize: 'small', margin: '4px 0 0' }}>
              Prośba o poprawki i wycofanie wymagają komentarza z uzasadnieniem.
            </p>
          ) : null}
        </>
      ) : null}
    </div>
  )
}

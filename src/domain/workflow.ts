import { overrideNote } from './channel-readiness'
import { option, valuesOf } from './labels'

/** Editorial states of a post; transitions between them are decided only by `planTransition`. */
export const WORKFLOW_STATES = [
  option('draft', 'Szkic', 'Draft'),
  option('in_review', 'Do akceptacji', 'In review'),
  option('changes_requested', 'Do poprawy', 'Changes requested'),
  option('approved', 'Zatwierdzony', 'Approved'),
  option('published', 'Opublikowany', 'Published'),
  option('withdrawn', 'Wycofany', 'Withdrawn'),
] as const
export type WorkflowState = (typeof WORKFLOW_STATES)[number]['value']
export const WORKFLOW_STATE_VALUES = valuesOf(WORKFLOW_STATES)

export const WORKFLOW_ACTIONS = [
  option('submit', 'Wyślij do akceptacji', 'Submit for review'),
  option('retract', 'Cofnij do szkicu', 'Back to draft'),
  option('approve', 'Zatwierdź', 'Approve'),
  option('request_changes', 'Poproś o poprawki', 'Request changes'),
  option('publish', 'Opublikuj teraz', 'Publish now'),
  option('withdraw', 'Wycofaj publikację', 'Withdraw'),
  option('reopen', 'Przywróć do edycji', 'Reopen for editing'),
] as const
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number]['value']
export const WORKFLOW_ACTION_VALUES = valuesOf(WORKFLOW_ACTIONS)

/** What the approval log records: the actions, plus the ones the system takes by itself. */
export const LOG_DECISIONS = [
  ...WORKFLOW_ACTIONS,
  option(
    'auto_approve',
    'Zatwierdzony automatycznie (jednostka zaufana)',
    'Auto-approved (trusted unit)',
  ),
] as const
export type LogDecision = (typeof LOG_DECISIONS)[number]['value']

export type Role = 'admin' | 'approver' | 'editor'
export type Actor = { id: null | number | string; role: Role } | { id: null; role: 'system' }

export type LogEntry = {
  at: string
  by: null | number | string
  comment?: null | string
  decision: LogDecision
  from: WorkflowState
  to: WorkflowState
}

export type TransitionInput = {
  action: WorkflowAction
  actor: Actor
  /** Who wrote the post: never its approver, whatever their role (four eyes). */
  author?: null | number | string
  comment?: null | string
  from: WorkflowState
  /** Entries already in the post's approval log, oldest first. */
  log: readonly Pick<LogEntry, 'by' | 'decision'>[]
  /** Fields an approver needs before the post may be approved (see `missingForApproval`). */
  missing: readonly string[]
  now: Date
  /** Why the post breaks its category's channel policy (`channelPolicyProblem`); approval refuses it. */
  policyProblem?: null | string
  /**
   * Channels the category requires that cannot publish now, and the refusal naming them
   * (`channelConfigProblem`): approval refuses it unless an admin overrides with a reason.
   */
  channelConfig?: null | { channels: readonly string[]; problem: string }
  /** An admin approves despite `channelConfig`; the comment is the reason, kept in the log. */
  override?: boolean
  /** `publishAt` of the post; empty means "as soon as approved". */
  publishAt?: Date | null
  unit: { approvalLevels?: null | number; trusted?: boolean | null }
  /** Urgent alerts are never held by a schedule. */
  urgent?: boolean
}

export type TransitionResult =
  | { entries: LogEntry[]; note?: string; ok: true; to: WorkflowState }
  | { message: string; ok: false; status: 400 | 403 }

const ACTIONS_FROM: Record<WorkflowAction, readonly WorkflowState[]> = {
  approve: ['in_review'],
  publish: ['approved'],
  reopen: ['withdrawn'],
  request_changes: ['in_review', 'approved'],
  retract: ['in_review'],
  submit: ['draft', 'changes_requested'],
  withdraw: ['approved', 'published'],
}

const ROLES_FOR: Record<WorkflowAction, readonly Actor['role'][]> = {
  approve: ['approver', 'admin'],
  publish: ['approver', 'admin', 'system'],
  reopen: ['approver', 'admin'],
  request_changes: ['approver', 'admin'],
  retract: ['editor', 'approver', 'admin'],
  submit: ['editor', 'approver', 'admin'],
  withdraw: ['approver', 'admin'],
}

const COMMENT_REQUIRED: readonly WorkflowAction[] = ['request_changes', 'withdraw']

const stateLabel = (state: WorkflowState) =>
  WORKFLOW_STATES.find((s) => s.value === state)?.label.pl ?? state
const actionLabel = (action: WorkflowAction) =>
  WORKFLOW_ACTIONS.find((a) => a.value === action)?.label.pl ?? action

/** Approvals required for a unit: trusted units need none (their posts pass automatically). */
export const requiredApprovals = (unit: TransitionInput['unit']): number =>
  unit.trusted ? 0 : Math.max(0, Math.min(2, unit.approvalLevels ?? 1))

/** Distinct approvers in the current review round, i.e. since the latest submission. */
export const approversThisRound = (log: TransitionInput['log']): Set<string> => {
  const approvers = new Set<string>()
  for (const entry of log) {
    if (entry.decision === 'submit') approvers.clear()
    else if (entry.decision === 'approve' && entry.by != null) approvers.add(String(entry.by))
  }
  return approvers
}

/** Whether the actor wrote the post (four eyes: an author never approves their own post). */
export const isAuthor = (actor: Pick<Actor, 'id'>, author: null | number | string | undefined) =>
  actor.id != null && author != null && String(actor.id) === String(author)

export const isPublishDue = (publishAt: Date | null | undefined, now: Date) =>
  !publishAt || publishAt.getTime() <= now.getTime()

/**
 * Which actions the actor may offer in the admin for a post in `from` (ignoring missing fields);
 * the post's author is not offered its approval.
 */
export const availableActions = (
  from: WorkflowState,
  role: Actor['role'],
  ownPost = false,
): WorkflowAction[] =>
  WORKFLOW_ACTION_VALUES.filter(
    (action) =>
      ACTIONS_FROM[action].includes(from) &&
      ROLES_FOR[action].includes(role) &&
      !(ownPost && action === 'approve'),
  )

/** Whether a role may change the content (not the state) of a post in a given state. */
export const canEditContent = (role: Role, state: WorkflowState): boolean =>
  role === 'editor' ? state === 'draft' || state === 'changes_requested' : true

export const planTransition = (input: TransitionInput): TransitionResult => {
  const { action, actor, from, now } = input
  if (!ACTIONS_FROM[action])
    return { message: `Nieznana akcja: ${action}.`, ok: false, status: 400 }
  if (!ROLES_FOR[action].includes(actor.role)) {
    const who = actor.role === 'editor' ? 'Redaktor' : 'Ta rola'
    return {
      message: `${who} nie może wykonać akcji „${actionLabel(action)}”. Poproś osobę zatwierdzającą.`,
      ok: false,
      status: 403,
    }
  }
  if (!ACTIONS_FROM[action].includes(from)) {
    return {
      message: `Akcja „${actionLabel(action)}” nie jest możliwa dla wpisu w stanie „${stateLabel(from)}”.`,
      ok: false,
      status: 400,
    }
  }
  const comment = input.comment?.trim() || null
  if (COMMENT_REQUIRED.includes(action) && !comment) {
    return {
      message: `Akcja „${actionLabel(action)}” wymaga komentarza z uzasadnieniem.`,
      ok: false,
      status: 400,
    }
  }
  if ((action === 'submit' || action === 'approve') && input.missing.length > 0) {
    return {
      message: `Wpis nie jest gotowy do akceptacji. Uzupełnij: ${input.missing.join('; ')}.`,
      ok: false,
      status: 400,
    }
  }

  // The channel policy binds whoever approves, including a submission that approves itself
  // (trusted units); a submission still waiting for an approver is only warned in the form.
  const approves =
    action === 'approve' || (action === 'submit' && requiredApprovals(input.unit) === 0)
  if (approves && input.policyProblem)
    return { message: input.policyProblem, ok: false, status: 400 }
  const blocked = approves && !!input.channelConfig
  if (blocked && !input.override)
    return { message: input.channelConfig!.problem, ok: false, status: 400 }
  if (blocked && actor.role !== 'admin')
    return {
      message: 'Zatwierdzić wpis mimo nieskonfigurowanych kanałów może tylko administrator.',
      ok: false,
      status: 403,
    }
  if (blocked && !comment)
    return {
      message: 'Zatwierdzenie mimo nieskonfigurowanych kanałów wymaga uzasadnienia w komentarzu.',
      ok: false,
      status: 400,
    }
  const note = blocked ? overrideNote(input.channelConfig!.channels, comment!) : null

  const at = now.toISOString()
  const entries: LogEntry[] = []
  const step = (decision: LogDecision, to: WorkflowState, note: null | string = null) => {
    const last = entries.at(-1)?.to ?? from
    entries.push({ at, by: actor.id, comment: note, decision, from: last, to })
  }
  const due = input.urgent || isPublishDue(input.publishAt, now)
  const approveAndMaybePublish = () => {
    step('approve', 'approved', note ?? comment)
    if (due) step('publish', 'published')
  }

  switch (action) {
    case 'submit': {
      step('submit', 'in_review', comment)
      if (requiredApprovals(input.unit) === 0) {
        entries.push({
          at,
          by: null,
          comment: note,
          decision: 'auto_approve',
          from: 'in_review',
          to: 'approved',
        })
        if (due)
          entries.push({
            at,
            by: null,
            comment: null,
            decision: 'publish',
            from: 'approved',
            to: 'published',
          })
      }
      break
    }
    case 'approve': {
      if (isAuthor(actor, input.author)) {
        return {
          message: 'Nie możesz zatwierdzić własnego wpisu. Potrzebna jest akceptacja innej osoby.',
          ok: false,
          status: 403,
        }
      }
      const approvers = approversThisRound(input.log)
      if (actor.id != null && approvers.has(String(actor.id))) {
        return {
          message:
            'Już zatwierdziłeś ten wpis w tej rundzie. Potrzebna jest akceptacja innej osoby.',
          ok: false,
          status: 400,
        }
      }
      if (approvers.size + 1 >= requiredApprovals(input.unit)) approveAndMaybePublish()
      else step('approve', 'in_review', note ?? comment)
      break
    }
    case 'publish': {
      if (!due) {
        return {
          message:
            'Termin publikacji jeszcze nie nadszedł. Zmień datę publikacji, aby opublikować teraz.',
          ok: false,
          status: 400,
        }
      }
      step('publish', 'published', comment)
      break
    }
    case 'request_changes':
      step(action, 'changes_requested', comment)
      break
    case 'retract':
    case 'reopen':
      step(action, 'draft', comment)
      break
    case 'withdraw':
      step(action, 'withdrawn', comment)
      break
  }
  return { entries, ok: true, to: entries.at(-1)!.to, ...(note ? { note } : {}) }
}

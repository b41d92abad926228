import type { ComplaintState } from './moderation'
import type { Role } from './workflow'

const NEXT: Record<ComplaintState, readonly ComplaintState[]> = {
  received: ['under_review', 'upheld', 'rejected'],
  rejected: [],
  under_review: ['upheld', 'rejected'],
  upheld: [],
}

export type ComplaintChange = {
  role: null | Role
  from: ComplaintState | null
  to: ComplaintState
  answer?: null | string
}

export type ComplaintPlan =
  { decided: boolean; ok: true } | { message: string; ok: false; status: 400 | 403 }

/**
 * Who may move a complaint where. Approvers and admins decide; a decision is final,
 * since the complainant has already been answered; a decision always carries its answer.
 */
export const planComplaintChange = ({ answer, from, role, to }: ComplaintChange): ComplaintPlan => {
  // Filing is open to whoever may create the complaint (the public form, staff); deciding is not.
  if (from === null) {
    return to === 'received'
      ? { decided: false, ok: true }
      : {
          message: 'Nowa skarga ma stan „Wpłynęła”; decyzję zapisuje się po jej rozpatrzeniu.',
          ok: false,
          status: 400,
        }
  }
  if (from === to) return { decided: false, ok: true }
  if (role !== 'admin' && role !== 'approver') {
    return {
      message: 'O skardze decyduje osoba zatwierdzająca lub administrator.',
      ok: false,
      status: 403,
    }
  }
  if (!NEXT[from].includes(to)) {
    return NEXT[from].length
      ? { message: 'Skargi nie można cofnąć do wcześniejszego stanu.', ok: false, status: 400 }
      : {
          message:
            'Skarga jest już rozstrzygnięta, a skarżący otrzymał odpowiedź – decyzji nie można zmienić.',
          ok: false,
          status: 400,
        }
  }
  const decided = to === 'upheld' || to === 'rejected'
  if (decided && !answer?.trim())
    return {
      message: 'Wpisz odpowiedź dla skarżącego – zostanie wysłana e-mailem razem z decyzją.',
      ok: false,
      status: 400,
    }
  return { decided, ok: true }
}

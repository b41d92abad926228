/**
 * The public complaint form (skarga): what a resident must give and the Polish messages for what
 * is missing. Shared by the endpoint (JSON answers) and the page (messages after a redirect).
 */
export const COMPLAINT_MESSAGE_MIN = 10
export const COMPLAINT_MESSAGE_MAX = 5000
export const COMPLAINT_NAME_MAX = 200

export const COMPLAINT_FORM_ERRORS = {
  email: 'Podaj poprawny adres e-mail – wyślemy na niego odpowiedź na skargę.',
  entry: 'Podaj numer wpisu z rejestru moderacji (liczba, np. 17).',
  limit:
    'W ostatniej godzinie wysłano stąd lub z tego adresu e-mail zbyt wiele skarg. Spróbuj ponownie za godzinę albo napisz do urzędu.',
  message: `Opisz, czego dotyczy skarga i dlaczego decyzja była Twoim zdaniem błędna (od ${COMPLAINT_MESSAGE_MIN} do ${COMPLAINT_MESSAGE_MAX} znaków).`,
  name: `Imię i nazwisko może mieć najwyżej ${COMPLAINT_NAME_MAX} znaków.`,
  not_complainable:
    'Ten wpis dotyczy odblokowania użytkownika – skarga może dotyczyć usunięcia lub ukrycia komentarza albo blokady.',
  spam: 'Nie udało się przyjąć formularza. Odśwież stronę i spróbuj ponownie.',
  unknown_entry: 'W rejestrze moderacji nie ma wpisu o tym numerze. Sprawdź numer w rejestrze.',
} as const
export type ComplaintFormError = keyof typeof COMPLAINT_FORM_ERRORS

export type ComplaintFormValues = {
  email: string
  entryNumber: number
  message: string
  name: null | string
}

// Deliberately simple: one @, a dot in the domain, no spaces; the answer e-mail is the real test.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

export const parseComplaintForm = (
  input: Record<string, unknown>,
): { errors: ComplaintFormError[]; ok: false } | { ok: true; values: ComplaintFormValues } => {
  const errors: ComplaintFormError[] = []
  // A field people never see: filled in, it was a bot.
  if (text(input.website)) return { errors: ['spam'], ok: false }
  const rawEntry = text(input.entry).replace(/^(?:nr\.?|#)\s*/i, '')
  const entryNumber = /^\d{1,9}$/.test(rawEntry) ? Number(rawEntry) : NaN
  if (!Number.isInteger(entryNumber) || entryNumber < 1) errors.push('entry')
  const email = text(input.email).toLowerCase()
  if (!EMAIL.test(email) || email.length > 254) errors.push('email')
  const message = text(input.message).replace(/\r\n?/g, '\n')
  if (message.length < COMPLAINT_MESSAGE_MIN || message.length > COMPLAINT_MESSAGE_MAX)
    errors.push('message')
  const name = text(input.name)
  if (name.length > COMPLAINT_NAME_MAX) errors.push('name')
  return errors.length
    ? { errors, ok: false }
    : { ok: true, values: { email, entryNumber, message, name: name || null } }
}

/** Error codes from the URL after a redirect; unknown codes are ignored. */
export const complaintErrorsFrom = (raw: null | string | undefined): ComplaintFormError[] =>
  (raw ?? '').split(',').filter((code): code is ComplaintFormError => code in COMPLAINT_FORM_ERRORS)

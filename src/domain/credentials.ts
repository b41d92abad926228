/**
 * Who must confirm a change of sign-in details with their current password: a person changing
 * their own e-mail or password (a stolen session, or a computer left unlocked, must not be enough
 * to take the account over). An admin changing a colleague's details is not asked for the
 * colleague's password: admins are the ones who restore access when it is lost.
 */
export type CredentialChange = {
  actorId: null | number | string | undefined
  emailAfter: unknown
  emailBefore: unknown
  newPassword: unknown
  targetId: null | number | string | undefined
}

/** E-mail addresses compare as Payload stores them: trimmed, in lower case. */
const normalisedEmail = (value: unknown) =>
  typeof value === 'string' ? value.trim().toLowerCase() : ''

export const needsCurrentPassword = ({
  actorId,
  emailAfter,
  emailBefore,
  newPassword,
  targetId,
}: CredentialChange): boolean => {
  const ownAccount = actorId != null && targetId != null && String(actorId) === String(targetId)
  if (!ownAccount) return false
  const emailChanged =
    emailAfter !== undefined && normalisedEmail(emailAfter) !== normalisedEmail(emailBefore)
  const passwordChanged = typeof newPassword === 'string' && newPassword !== ''
  return emailChanged || passwordChanged
}

/** For the app's server code: the public pages, the worker, and the complaint emails. */
export { NEWSLETTER_RECOVERY_TASKS } from '../constants'
export { scheduleDigests } from '../sending/digest-schedule'
export { classifySmtpFailure } from '../sending/smtp-outcome'
export { readSettings } from '../settings'
export { findByConfirmToken, findByManageToken } from '../subscription/tokens'

/** The sending engine's entry points: campaigns started, sent in batches, resumed, followed. */
export { BATCH_SIZE, IN_FLIGHT, MAX_SMTP_ATTEMPTS, SMTP_RECHECK_MS } from '../defaults'
export { processCampaignBatch } from './batch'
export { resendUncertain, startAlertCampaign } from './campaigns'
export { startDigest } from './digests'
export { resumeHeldCampaigns, resumeStalledCampaigns } from './holds'
export { campaignProgress } from './progress'

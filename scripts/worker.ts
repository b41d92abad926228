// The Next.js process must not run the queues too when a dedicated worker does.
process.env.HEROLD_JOBS_AUTORUN = 'false'

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { startWorker } = await import('../src/worker/run')

const payload = await getPayload({ config })
// A scheduled job left processing by a killed worker is taken over after the deliveries' lease.
const jobLeaseMs = Number(process.env.HEROLD_FANOUT_LEASE_MS) || undefined
const worker = await startWorker(payload, { jobLeaseMs })
payload.logger.info('Herold worker started: deliveries every second, scheduled work every 10 s.')

const shutdown = async (signal: string) => {
  payload.logger.info(`Herold worker: ${signal}, finishing the current work…`)
  await worker.stop()
  process.exit(0)
}
process.on('SIGTERM', () => void shutdown('SIGTERM'))
process.on('SIGINT', () => void shutdown('SIGINT'))

export {}

import os from 'node:os'

/** This process, as attempts and the audit log name it: several workers may run side by side. */
export const WORKER_ID = `${os.hostname()}:${process.pid}`

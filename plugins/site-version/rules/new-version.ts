import { randomUUID } from 'node:crypto'

/**
 * A new content version: unique rather than a counter, so two transactions that bump at once
 * (PostgreSQL, read committed) never write the same value, and the one that commits last still
 * differs from whatever any web process has cached.
 */
export const newVersion = (): string => randomUUID()

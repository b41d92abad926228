import { afterEach, describe, expect, it, vi } from 'vitest'

import { createVersionWatch } from '../../src/server/page-cache/version-watch'

afterEach(() => {
  vi.useRealTimers()
})

describe('version watch', () => {
  it('reads once per check interval, shares a read in flight, and waits once the interval is over', async () => {
    vi.useFakeTimers({ now: 0 })
    let stored = 'v1'
    const read = vi.fn(async () => stored)
    const watch = createVersionWatch(read, 1000)
    const [a, b] = await Promise.all([watch.current(), watch.current()])
    expect([a, b]).toEqual(['v1', 'v1'])
    expect(read).toHaveBeenCalledTimes(1)
    stored = 'v2'
    vi.setSystemTime(500)
    expect(watch.current()).toBe('v1')
    expect(read).toHaveBeenCalledTimes(1)
    // The last quarter: still the known version, with a read started in the background.
    vi.setSystemTime(800)
    expect(watch.current()).toBe('v1')
    expect(read).toHaveBeenCalledTimes(2)
    await vi.advanceTimersByTimeAsync(0)
    expect(watch.current()).toBe('v2')
  })

  it('never answers with a version older than the interval: a failed read rejects', async () => {
    vi.useFakeTimers({ now: 0 })
    let fail = false
    const watch = createVersionWatch(async () => {
      if (fail) throw new Error('baza niedostępna')
      return 'v1'
    }, 1000)
    expect(await watch.current()).toBe('v1')
    fail = true
    vi.setSystemTime(1000)
    await expect(watch.current()).rejects.toThrow('baza niedostępna')
  })
})

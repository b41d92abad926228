import fs from 'node:fs'
import path from 'node:path'
import type { Browser, Locator, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  expectState,
  launchBrowser,
  logIn,
  openContext,
  SAVE,
  stepper,
  UI,
  warnOfPageErrors,
} from './browser'
import { RESULTS_DIR, startServer, type E2EServer } from './server'

/**
 * The editorial workflow through the real admin, as people do it: a school editor writes a post
 * with a photo and sends it for approval; the secretary approves it; the public API then shows it.
 */

const EDITOR = 'redakcja.szkola@wislotki.example'
const APPROVER = 'sekretarz@wislotki.example'
const SCHOOL = 'Szkoła Podstawowa im. Marii Konopnickiej w Wisłotkach'
const CATEGORY = 'Edukacja i oświata'
const TITLE = 'Dzień sportu w Szkole Podstawowej – zapraszamy rodziców'
const LEAD =
  'W piątek 6 czerwca na boisku szkolnym odbędzie się dzień sportu. Zapraszamy całe rodziny!'
const ALT = 'Uczniowie biegną po bieżni na boisku szkolnym'
const IMAGE_NAME = 'dzien-sportu.jpg'

let server: E2EServer
let browser: Browser
let imagePath: string
const pageErrors: string[] = []

/** Shared between the steps, which run in order. */
const post: { id?: string; slug?: string } = {}

const newContext = () => openContext(browser, server.baseURL, pageErrors)

/** Runs a step; on failure keeps a screenshot `failed-<name>.png` of where it stopped, next to the other results. */
const step = stepper('failed-')

const logOut = async (page: Page) => {
  await page.goto('/admin/logout')
  await page.waitForURL(/\/admin\/login/, { timeout: SAVE })
  await page.locator('#field-email').waitFor()
}

/** Picks an option of a react-select (Payload's select and relationship fields). */
const choose = async (page: Page, field: Locator, option: string) => {
  await field.locator('.rs__control').click()
  await page.locator('.rs__option', { hasText: option }).first().click()
  await expect
    .poll(() => field.locator('.rs__single-value, .rs__multi-value').allInnerTexts(), {
      timeout: UI,
    })
    .toContain(option)
}

const anonymousPosts = async (slug: string) => {
  const response = await fetch(
    `${server.baseURL}/api/posts?where[slug][equals]=${encodeURIComponent(slug)}&depth=1`,
  )
  expect(response.status).toBe(200)
  return (await response.json()) as {
    docs: { images?: { alt?: string; url?: string }[]; title?: string; workflowState?: string }[]
    totalDocs: number
  }
}

beforeAll(async () => {
  server = await startServer()
  imagePath = path.join(server.dir, IMAGE_NAME)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800">
    <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#8fc3ea"/><stop offset="1" stop-color="#2f7d32"/></linearGradient></defs>
    <rect width="1200" height="800" fill="url(#g)"/>
    <rect y="560" width="1200" height="120" fill="#b5532f"/>
    <text x="600" y="330" font-family="sans-serif" font-size="96" fill="#fff" text-anchor="middle">Dzień sportu</text>
  </svg>`
  await sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toFile(imagePath)
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  warnOfPageErrors(pageErrors)
})

describe('editorial workflow in the admin', () => {
  it('the editor writes a post with a photo and sends it for approval', async () => {
    const context = await newContext()
    const page = await context.newPage()

    await step(page, 'editor-login', async () => {
      await page.goto('/admin/login')
      await page.locator('#field-email').waitFor()
      expect(await page.locator('html').getAttribute('lang')).toBe('pl')
      await expect.poll(() => page.getByRole('button', { name: 'Zaloguj' }).count()).toBe(1)
      expect(await page.locator('label[for="field-password"]').innerText()).toContain('Hasło')
      await logIn(page, EDITOR)
    })

    await step(page, 'editor-create', async () => {
      await page.goto('/admin/collections/posts/create')
      await page.locator('#field-title').fill(TITLE)
      await page.locator('#field-lead').fill(LEAD)
      await choose(page, page.locator('#field-unit'), SCHOOL)
      await choose(page, page.locator('#field-category'), CATEGORY)
      expect(await page.locator('#field-informationType .rs__single-value').innerText()).toBe(
        'Wiadomość lokalna',
      )
    })

    await step(page, 'editor-upload', async () => {
      const images = page.locator('#field-images')
      await images.getByRole('button', { name: 'Stwórz nowy' }).click()
      const drawer = page.locator('.drawer--is-open').last()
      await drawer.getByText('Dodaj pliki').waitFor()
      await drawer.locator('input[type="file"]').setInputFiles(imagePath)
      // The drawer's alt field: its label points at another id, so find the input by name.
      const alt = drawer.locator('input[name="alt"]')
      await alt.fill(ALT)
      await drawer
        .locator('.bulk-upload--actions-bar__saveButtons')
        .getByRole('button', { name: 'Zapisz' })
        .click()
      await page.locator('.drawer--is-open').waitFor({ state: 'detached', timeout: SAVE })
      await images.getByText(IMAGE_NAME).first().waitFor({ timeout: SAVE })
    })

    await step(page, 'editor-save', async () => {
      await page.locator('#action-save').click()
      await page.waitForURL(/\/admin\/collections\/posts\/\d+$/, { timeout: SAVE })
      post.id = page.url().split('/').at(-1)
      await expectState(page, 'Szkic')
      await expect
        .poll(() => page.locator('#field-slug').inputValue(), { timeout: SAVE })
        .not.toBe('')
      post.slug = await page.locator('#field-slug').inputValue()
      expect(post.slug).toMatch(/^dzien-sportu-w-szkole-podstawowej/)
      // The default channels of the school were filled in on the server.
      await expect
        .poll(() => page.locator('#field-channels .rs__multi-value').count(), { timeout: UI })
        .toBeGreaterThan(0)
    })

    await step(page, 'editor-submit', async () => {
      await page.getByRole('button', { name: 'Wyślij do akceptacji' }).click()
      await expectState(page, 'Do akceptacji')
      // The editor may now only pull it back; approving is not offered.
      await page.getByRole('button', { name: 'Cofnij do szkicu' }).waitFor()
      expect(await page.getByRole('button', { name: 'Zatwierdź' }).count()).toBe(0)
    })

    // Waiting for approval: not public yet.
    expect((await anonymousPosts(post.slug!)).totalDocs).toBe(0)

    await step(page, 'editor-logout', () => logOut(page))
    await context.close()
  })

  it('the approver approves it and it is published', async () => {
    expect(post.id, 'the editor step created the post').toBeTruthy()
    const context = await newContext()
    const page = await context.newPage()

    await step(page, 'approver-login', () => logIn(page, APPROVER))

    await step(page, 'approver-approve', async () => {
      await page.goto(`/admin/collections/posts/${post.id}`)
      await expectState(page, 'Do akceptacji')
      expect(await page.locator('#field-title').inputValue()).toBe(TITLE)
      await page.getByRole('button', { name: 'Zatwierdź' }).click()
      await expectState(page, 'Opublikowany')
    })

    await step(page, 'approver-reload', async () => {
      // The state is the saved one, not only the form's.
      await page.reload()
      await expectState(page, 'Opublikowany')
      await page.locator('#field-images').getByText(IMAGE_NAME).first().waitFor()
      await page.getByRole('button', { name: 'Wycofaj publikację' }).waitFor()
      await page.evaluate(async () => {
        await document.fonts.ready
      })
      await page.screenshot({ fullPage: true, path: path.join(RESULTS_DIR, 'approved-post.png') })
    })
    await context.close()
    expect(fs.statSync(path.join(RESULTS_DIR, 'approved-post.png')).size).toBeGreaterThan(10_000)
  })

  it('anonymous readers get the published post with its photo from the REST API', async () => {
    expect(post.slug, 'the editor step saved the post').toBeTruthy()
    const { docs, totalDocs } = await anonymousPosts(post.slug!)
    expect(totalDocs).toBe(1)
    expect(docs[0].title).toBe(TITLE)
    expect(docs[0].workflowState).toBe('published')
    expect(docs[0].images).toHaveLength(1)
    expect(docs[0].images![0].alt).toBe(ALT)

    const file = await fetch(new URL(docs[0].images![0].url!, server.baseURL))
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('image/jpeg')
  })
})

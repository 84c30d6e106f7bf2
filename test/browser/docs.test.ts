import { existsSync } from 'node:fs'
import { mkdir, mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { type Browser, type Page, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_ENTERPRISE_KEY, DEMO_PARK_STAFF_KEY } from '../../seed/demo.js'
import { type TestDatabase, createTestDatabase } from '../helpers/database.js'
import { type ServerProcess, freePort, projectRoot, spawnServer, waitForReady } from '../helpers/server-process.js'

/** Debian's Chromium (`apt-get install chromium`); `.ci/run` installs it when it is missing. */
const chromiumPath = '/usr/bin/chromium'
const haveChromium = existsSync(chromiumPath)
const onServer = Boolean(process.env.TEST_DATABASE_URL)
// Outside CI a machine without Chromium skips this file and says why; in CI it must not pass unseen.
const runIt = haveChromium || Boolean(process.env.CI)

/** The docs page park staff use, in a real headless Chromium against the real server and demo data. */
describe(`/docs in Chromium (${onServer ? 'DATABASE_URL' : 'embedded'})`, () => {
  let server: ServerProcess | undefined
  let serverDb: TestDatabase | undefined
  let browser: Browser | undefined

  beforeAll(async () => {
    if (!runIt) return
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kechuang-docs-'))
    serverDb = onServer ? await createTestDatabase() : undefined
    // Embedded seeds the demo (and its public keys) by default; a real server only when asked.
    const env: Record<string, string> = serverDb ? { DATABASE_URL: serverDb.url, SEED_DEMO: 'true' } : { DATA_DIR: dataDir }
    server = spawnServer({ ...env, PORT: String(await freePort()) })
    await waitForReady(server)
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    })
  }, 180_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    await serverDb?.close()
  })

  async function authorise(page: Page, key: string) {
    await page.goto(`${server!.baseUrl}/docs`)
    await page.locator('.info .title').waitFor({ timeout: 30_000 })
    await page.locator('.auth-wrapper button.authorize').click()
    const dialog = page.locator('.dialog-ux .modal-ux')
    await dialog.locator('input').first().fill(key)
    await dialog.locator('.auth-btn-wrapper button.authorize').click()
    await dialog.locator('button[aria-label="Remove authorization"]').waitFor()
    await dialog.locator('button.btn-done').click()
  }

  /** By operationId alone: Swagger UI's element id also holds the tag, a Chinese name that may change. */
  async function openOperation(page: Page, operationId: string) {
    const operation = page.locator(`.opblock[id^="operations-"][id$="-${operationId}"]`).first()
    await operation.locator('.opblock-summary').click()
    const tryItOut = operation.locator('button.try-out__btn').first()
    if ((await tryItOut.count()) > 0 && (await tryItOut.innerText()).includes('Try it out')) await tryItOut.click()
    return operation
  }

  /** A Chromium page for one test, with a screenshot at `test-output/docs-<name>-<database>.png` (the whole page if it fails). */
  function inChromium(name: string, test: string, body: (page: Page, screenshot: string) => Promise<void>) {
    it.skipIf(!runIt)(runIt ? test : `${test} — skipped: no Chromium at ${chromiumPath} (apt-get install chromium)`, { timeout: 120_000 }, async () => {
      const screenshot = path.join(projectRoot, 'test-output', `docs-${name}-${onServer ? 'postgres' : 'pglite'}.png`)
      await mkdir(path.dirname(screenshot), { recursive: true })
      const page = await browser!.newPage({ viewport: { width: 1280, height: 1600 }, locale: 'zh-CN' })
      try {
        await body(page, screenshot)
      } catch (error) {
        await page.screenshot({ path: screenshot.replace('.png', '-failed.png'), fullPage: true }).catch(() => {})
        throw error
      }
    })
  }

  inChromium('examples', 'examples show but never act: no sample id, ETag or comment is sent, and each create gets a fresh Idempotency-Key', async (page, screenshot) => {
    await authorise(page, DEMO_ENTERPRISE_KEY)
    const create = await openOperation(page, 'createNeed')
    const body = create.locator('textarea.body-param__text')
    await body.waitFor()
    const sample = await body.inputValue()
    expect(sample).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/i)
    expect(JSON.parse(sample).title).toMatch(/[\u4e00-\u9fff]/)
    for (const input of await create.locator('.parameters input[type=text]').all()) expect(await input.inputValue()).toBe('')

    const sentKeys: (string | undefined)[] = []
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/v1/needs')) sentKeys.push(request.headers()['idempotency-key'])
    })
    const created: string[] = []
    for (let attempt = 0; attempt < 2; attempt++) {
      await create.locator('button.execute').click()
      const response = create.locator('.live-responses-table .response').first()
      await response.waitFor({ timeout: 30_000 })
      const text = await response.locator('.response-col_description pre').first().innerText()
      expect((await response.locator('.response-col_status').innerText()).trim(), text).toBe('201')
      created.push(JSON.parse(text).id)
      await create.locator('button.btn-clear').click()
    }
    // Two Executes, two needs: each carried its own key (a shared one would replay the first).
    expect(new Set(created).size).toBe(2)
    expect(sentKeys).toHaveLength(2)
    for (const key of sentKeys) expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-/)
    expect(new Set(sentKeys).size).toBe(2)
    // A body pasted into the emptied editor is the person's own: its ids and words stay.
    const pasted = JSON.stringify({ title: '粘贴的需求', enterpriseId: '0b6f3c2e-1d4a-4e8b-9c7d-5a2f1e3b4c6d', message: '我自己的话' })
    await body.fill('')
    await body.fill(pasted)
    await body.blur()
    expect(JSON.parse(await body.inputValue())).toEqual(JSON.parse(pasted))

    await page.screenshot({ path: screenshot })

    // A new page is a new browser context: nothing of the enterprise's authorisation carries over.
    const staff = await browser!.newPage({ viewport: { width: 1280, height: 1600 }, locale: 'zh-CN' })
    await authorise(staff, DEMO_PARK_STAFF_KEY)
    const verify = await openOperation(staff, 'verifyContract')
    expect(await verify.locator('.parameters input[type=text]').first().inputValue()).toBe('')
    expect(JSON.parse(await verify.locator('textarea.body-param__text').inputValue())).toMatchObject({ comment: '' })
    const update = await openOperation(staff, 'updateNeed')
    for (const input of await update.locator('.parameters input[type=text]').all()) expect(await input.inputValue()).toBe('')
    await staff.close()
  })

  inChromium('outputs', 'outputs arrive as outputs: the KPI chart shows as an image, the CSV downloads with its BOM and its own name', async (page, screenshot) => {
    await authorise(page, DEMO_PARK_STAFF_KEY)
    const stats = await openOperation(page, 'getOwnParkStats')
    const mediaType = stats.locator('.response-control-media-type select').first()
    const run = async (type: string) => {
      await mediaType.selectOption(type)
      await stats.locator('button.execute').click()
      const response = stats.locator('.live-responses-table .response').first()
      await response.waitFor({ timeout: 30_000 })
      expect((await response.locator('.response-col_status').innerText()).trim()).toBe('200')
      return response
    }

    const chart = (await run('image/svg+xml')).locator('img.chart-output')
    await chart.waitFor()
    // The test's types have no DOM: the element is read through the properties it has in the page.
    const loaded = await chart.evaluate((element) => {
      const image = element as unknown as { complete: boolean; naturalWidth: number }
      return image.complete && image.naturalWidth > 0
    })
    expect(loaded).toBe(true)
    expect(await stats.locator('a.download-output').getAttribute('download')).toMatch(/^park-stats-.*-funnel\.svg$/)
    await chart.scrollIntoViewIfNeeded()
    await page.screenshot({ path: screenshot })
    await stats.locator('button.btn-clear').click()

    const link = (await run('text/csv')).locator('a.download-output')
    expect(await link.getAttribute('download')).toMatch(/^park-stats-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/)
    const bytes = await link.evaluate(async (element) => {
      const { href } = element as unknown as { href: string }
      return [...new Uint8Array(await (await fetch(href)).arrayBuffer()).slice(0, 6)]
    })
    // EF BB BF, then 's' of the header row "section,…": Excel reads it as UTF-8.
    expect(bytes.slice(0, 4)).toEqual([0xef, 0xbb, 0xbf, 's'.charCodeAt(0)])
  })

  inChromium('needs', 'park staff authorise on /docs and run GET /v1/needs from the page', async (page, screenshot) => {
    await authorise(page, DEMO_PARK_STAFF_KEY)
    expect(await page.locator('.info .title').innerText()).toContain('科创中国')
    const operation = await openOperation(page, 'listNeeds')
    // Optional filters start empty (Swagger UI would fill them with their examples): the first
    // Execute lists everything the key may see.
    const inputs = await operation.locator('.parameters input[type=text]').all()
    expect(inputs.length).toBeGreaterThan(3)
    for (const input of inputs) expect(await input.inputValue()).toBe('')
    for (const select of await operation.locator('.parameters select').all()) expect(await select.inputValue()).toBe('')
    await operation.locator('button.execute').click()

    const response = operation.locator('.live-responses-table .response').first()
    await response.waitFor({ timeout: 30_000 })
    const text = await response.locator('.response-col_description pre').first().innerText()
    const url = (await operation.locator('.request-url pre').innerText()).trim()
    expect((await response.locator('.response-col_status').innerText()).trim(), `${url}\n${text}`).toBe('200')
    const body = JSON.parse(text)
    // The demo park staff key sees only 长治高新区's needs: a page of the seeded demo data.
    expect(body.total).toBeGreaterThan(0)
    expect(body.items.length).toBeGreaterThan(0)
    expect(new Set(body.items.map((need: { parkId: string }) => need.parkId)).size).toBe(1)
    expect(body.items[0].title).toMatch(/[\u4e00-\u9fff]/)
    // Nothing but the path: no filter was sent.
    expect(url).toBe(`${server!.baseUrl}/v1/needs`)
    await response.scrollIntoViewIfNeeded()
    await page.screenshot({ path: screenshot })
  })
})

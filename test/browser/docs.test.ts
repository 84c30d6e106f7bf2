import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { type Browser, type Locator, type Page, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_ENTERPRISE_KEY, DEMO_EXPERT_KEY, DEMO_PARK_STAFF_KEY } from '../../seed/demo.js'
import { type TestDatabase, createTestDatabase } from '../helpers/database.js'
import { Person } from '../helpers/person.js'
import { type ServerProcess, freePort, projectRoot, spawnServer, waitForReady } from '../helpers/server-process.js'

/** Debian's Chromium (`apt-get install chromium`); `.ci/run` installs it when it is missing. */
const chromiumPath = '/usr/bin/chromium'
const haveChromium = existsSync(chromiumPath)
const onServer = Boolean(process.env.TEST_DATABASE_URL)
// Outside CI a machine without Chromium skips this file and says why; in CI it must not pass unseen.
const runIt = haveChromium || Boolean(process.env.CI)

/** The real server over the demo data (embedded, or PostgreSQL when the suite runs there) and a headless Chromium. */
async function demoServerAndBrowser() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kechuang-docs-'))
  const serverDb: TestDatabase | undefined = onServer ? await createTestDatabase() : undefined
  // Embedded seeds the demo (and its public keys) by default; a real server only when asked.
  const env: Record<string, string> = serverDb ? { DATABASE_URL: serverDb.url, SEED_DEMO: 'true' } : { DATA_DIR: dataDir }
  const server = spawnServer({ ...env, PORT: String(await freePort()) })
  await waitForReady(server)
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
  const close = async () => {
    await browser.close()
    await server.stop()
    await serverDb?.close()
  }
  return { server, browser, close }
}

/** The docs page park staff use, in a real headless Chromium against the real server and demo data. */
describe(`/docs in Chromium (${onServer ? 'DATABASE_URL' : 'embedded'})`, () => {
  let server: ServerProcess | undefined
  let browser: Browser | undefined
  let close = async () => {}

  beforeAll(async () => {
    if (!runIt) return
    ;({ server, browser, close } = await demoServerAndBrowser())
  }, 180_000)
  afterAll(() => close())

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

/**
 * Each job a person does from the page, counted: a click, a choice, a typed field or a key press is
 * one action. Signing in (the key, then Enter) is counted on its own: the page keeps the key
 * (persistAuthorization), so a person does it once, not once per job.
 */
describe(`/docs jobs, counted as a person does them (${onServer ? 'DATABASE_URL' : 'embedded'})`, () => {
  let server: ServerProcess | undefined
  let browser: Browser | undefined
  let close = async () => {}
  const counts: Record<string, number> = {}
  const signInActions = 2

  // A server of its own: the jobs change the demo (a contract verified, an invitation accepted).
  beforeAll(async () => {
    if (!runIt) return
    ;({ server, browser, close } = await demoServerAndBrowser())
  }, 180_000)
  afterAll(async () => {
    if (Object.keys(counts).length) console.log(`docs jobs, actions each: ${JSON.stringify(counts)}`)
    await close()
  })

  const operation = (page: Page, operationId: string) => page.locator(`.opblock[id^="operations-"][id$="-${operationId}"]`).first()
  const liveAnswer = async (block: Locator) => {
    const answer = block.locator('.live-responses-table .response').first()
    await answer.waitFor({ timeout: 30_000 })
    return { status: Number((await answer.locator('.response-col_status').innerText()).trim()), answer }
  }
  const answerJson = async (answer: Locator) => JSON.parse(await answer.locator('.response-col_description pre').first().innerText())

  /** Opens /docs in a fresh browser and signs in with the key: two actions, counted apart from the job. */
  async function signedIn(key: string, role: string): Promise<Person> {
    const page = await browser!.newPage({ viewport: { width: 1280, height: 1800 }, locale: 'zh-CN' })
    const person = new Person(page)
    current = person
    await page.goto(`${server!.baseUrl}/docs`)
    await page.locator('.info .title').waitFor({ timeout: 30_000 })
    await person.type('the API key', page.locator('#api-key'), key)
    await person.press('Enter', page.locator('#api-key'), 'Enter')
    await expect.poll(() => page.locator('#signed-in').innerText()).toContain(role)
    expect(person.actions).toHaveLength(signInActions)
    expect(person.refusals()).toEqual([])
    person.startJob()
    return person
  }

  /**
   * A job's end: within 8 actions counting the sign-in (2) as if it were done for this job alone, no
   * refusal met, and a screenshot of where it ended.
   */
  async function jobDone(person: Person, name: string, at: Locator, { goesOn = false } = {}) {
    counts[name] = person.actions.length
    expect(person.refusals(), person.actions.join(' → ')).toEqual([])
    expect(signInActions + person.actions.length, person.actions.join(' → ')).toBeLessThanOrEqual(8)
    await at.scrollIntoViewIfNeeded()
    const file = path.join(projectRoot, 'test-output', `docs-job-${name}-${onServer ? 'postgres' : 'pglite'}.png`)
    await mkdir(path.dirname(file), { recursive: true })
    await person.page.screenshot({ path: file })
    if (goesOn) person.startJob()
    else await person.page.close()
  }

  let current: Person | undefined
  function job(name: string, test: string, body: () => Promise<void>) {
    it.skipIf(!runIt)(runIt ? test : `${test} — skipped: no Chromium at ${chromiumPath}`, { timeout: 120_000 }, async () => {
      try {
        await body()
      } catch (error) {
        const file = path.join(projectRoot, 'test-output', `docs-job-${name}-${onServer ? 'postgres' : 'pglite'}-failed.png`)
        await current?.page.screenshot({ path: file, fullPage: true }).catch(() => {})
        throw new Error(`${(error as Error).message}\nactions: ${current?.actions.join(' → ')}`, { cause: error })
      }
    })
  }

  job('park-kpis', 'park staff: the park\'s KPIs as a chart and as a CSV for Excel', async () => {
    const person = await signedIn(DEMO_PARK_STAFF_KEY, '园区工作人员 · 长治高新技术产业开发区')
    const { page } = person
    await person.click('guide: 查看本园区 KPI', page.locator('#guide a', { hasText: '查看本园区 KPI' }))
    const stats = operation(page, 'getOwnParkStats')
    const mediaType = stats.locator('.response-control-media-type select').first()
    await person.choose('media type: chart', mediaType, 'image/svg+xml')
    await person.click('Execute', stats.locator('button.execute'))
    const chart = await liveAnswer(stats)
    expect(chart.status).toBe(200)
    const image = chart.answer.locator('img.chart-output')
    await image.waitFor()
    expect(await image.evaluate((element) => (element as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(0)
    await chart.answer.scrollIntoViewIfNeeded()
    await page.screenshot({ path: path.join(projectRoot, 'test-output', `docs-job-park-chart-${onServer ? 'postgres' : 'pglite'}.png`) })

    await person.choose('media type: CSV', mediaType, 'text/csv')
    await person.click('Execute', stats.locator('button.execute'))
    await expect.poll(async () => (await liveAnswer(stats)).answer.locator('a.download-output').getAttribute('download')).toMatch(/\.csv$/)
    const download = await person.download('the CSV', stats.locator('a.download-output'))
    expect(download.suggestedFilename()).toMatch(/^park-stats-.*\.csv$/)
    const bytes = await readFile((await download.path())!)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(bytes.toString('utf8')).toContain('发布需求')
    await jobDone(person, 'park-kpis', stats)
  })

  for (const [decision, summary, outcome] of [['verify', '核验合同成果', 'verified'], ['reject', '退回合同成果', 'rejected']] as const) {
    job(`park-${decision}`, `park staff: ${decision} a completed contract with a comment they typed`, async () => {
      const person = await signedIn(DEMO_PARK_STAFF_KEY, '园区工作人员')
      const { page } = person
      await person.click('guide: 核验或退回合同', page.locator('#guide a', { hasText: '核验或退回合同' }))
      const list = operation(page, 'listContracts')
      await person.choose('审核状态 pending', list.locator('tr[data-param-name="reviewStatus"] select'), 'pending')
      await person.click('Execute', list.locator('button.execute'))
      const listed = await liveAnswer(list)
      expect(listed.status).toBe(200)
      const pending = (await answerJson(listed.answer)).items[0]
      expect(pending).toMatchObject({ status: 'completed', reviewStatus: 'pending' })
      // The record is named in the list, so the person picks a contract by its title, not its id.
      const row = listed.answer.locator('.record-actions tr', { hasText: pending.title })
      await person.choose(`${summary} on ${pending.title}`, row.locator('select'), { label: summary })

      const review = operation(page, `${decision}Contract`)
      await expect.poll(() => review.locator('tr[data-param-name="id"] input').inputValue()).toBe(pending.id)
      const comment = decision === 'verify' ? '已核对合同原件与验收报告，成果属实。' : '验收报告缺少用户签章，请补充后重新提交。'
      const body = review.locator('textarea.body-param__text')
      await body.waitFor()
      expect(JSON.parse(await body.inputValue())).toMatchObject({ comment: '' })
      await person.type('the comment', body, JSON.stringify({ comment }, null, 2))
      await person.click('Execute', review.locator('button.execute'))
      const done = await liveAnswer(review)
      const contract = await answerJson(done.answer)
      expect(done.status, JSON.stringify(contract)).toBe(200)
      expect(contract).toMatchObject({ id: pending.id, reviewStatus: outcome })
      expect(contract.reviewComment).toBe(comment)
      await jobDone(person, `park-${decision}`, done.answer, { goesOn: decision === 'reject' })
      if (decision === 'reject') {
        // And from the answer straight to this contract's trail: the rejection, by whom, with the comment typed.
        await person.choose('查看审计记录', done.answer.locator('.record-actions tr', { hasText: pending.title }).locator('select'), { label: '查看审计记录 · 谁改了什么' })
        const audit = operation(page, 'listAuditEvents')
        await expect.poll(() => audit.locator('tr[data-param-name="entityId"] input').inputValue()).toBe(pending.id)
        const trail = await liveAnswer(audit)
        const [latest] = (await answerJson(trail.answer)).items
        expect(latest).toMatchObject({ action: 'contract.reject', entityId: pending.id, entityName: pending.title, actorKeyName: expect.stringMatching(/\S/) })
        expect(latest.changes).toEqual(expect.arrayContaining([{ field: 'reviewComment', before: null, after: comment }]))
        await jobDone(person, 'park-reject-then-its-trail', trail.answer)
      }
    })
  }

  job('park-audit', 'park staff: find who changed what in the audit log', async () => {
    const person = await signedIn(DEMO_PARK_STAFF_KEY, '园区工作人员')
    const { page } = person
    await person.click('guide: 查谁改了什么', page.locator('#guide a', { hasText: '查谁改了什么' }))
    const audit = operation(page, 'listAuditEvents')
    await person.type('对象类型 合同', audit.locator('tr[data-param-name="entityType"] input'), '合同')
    await person.click('Execute', audit.locator('button.execute'))
    const found = await liveAnswer(audit)
    expect(found.status).toBe(200)
    const page1 = await answerJson(found.answer)
    expect(page1.total).toBeGreaterThan(0)
    // The reviews the earlier jobs made are there: who (the key's name), what changed, on which contract, in Beijing time.
    type Entry = { action: string; changes: { field: string; before: unknown; after: unknown }[] }
    const review = page1.items.find((entry: Entry) => entry.changes.some((change) => change.field === 'reviewStatus'))
    expect(review, JSON.stringify(page1.items[0])).toMatchObject({ entityType: 'contract', actorKeyName: expect.any(String), entityName: expect.stringMatching(/合同/) })
    expect(review.changes).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'reviewStatus', before: 'pending' })]))
    await jobDone(person, 'park-audit', found.answer)
  })

  job('enterprise-post-invite', 'an enterprise: post a need and invite a recommended candidate', async () => {
    const person = await signedIn(DEMO_ENTERPRISE_KEY, '企业')
    const { page } = person
    await person.click('guide: 发布技术需求', page.locator('#guide a', { hasText: '发布技术需求' }))
    const create = operation(page, 'createNeed')
    const body = create.locator('textarea.body-param__text')
    await body.waitFor()
    const need = {
      ...JSON.parse(await body.inputValue()),
      title: '煤气化废水中酚类物质高效萃取回收',
      problem: '现有萃取塔乳化严重，总酚回收率不足85%，需优化萃取剂与塔内件设计。',
      status: 'open',
    }
    await person.type('the need', body, JSON.stringify(need, null, 2))
    await person.click('Execute', create.locator('button.execute'))
    const created = await liveAnswer(create)
    const posted = await answerJson(created.answer)
    expect(created.status, JSON.stringify(posted)).toBe(201)

    await person.choose('为需求推荐… on the new need', created.answer.locator('.record-actions tr', { hasText: need.title }).locator('select'), { label: '为需求推荐专家、学会、工作站' })
    const candidates = operation(page, 'listNeedCandidates')
    // A read chosen from the menu runs at once, as a link would.
    await expect.poll(() => candidates.locator('tr[data-param-name="id"] input').inputValue()).toBe(posted.id)
    const ranked = await liveAnswer(candidates)
    const answer = await answerJson(ranked.answer)
    expect(ranked.status, JSON.stringify(answer)).toBe(200)
    const first = answer.candidates[0]
    expect(first.name).toMatch(/\p{Script=Han}/u)
    await person.choose(`邀请 ${first.name}`, ranked.answer.locator('.record-actions tr', { hasText: first.name }).first().locator('select'), { label: '邀请 · 发出对接邀请' })

    const invite = operation(page, 'proposeMatch')
    await expect.poll(() => invite.locator('tr[data-param-name="id"] input').inputValue()).toBe(posted.id)
    await person.click('Execute', invite.locator('button.execute'))
    const invited = await liveAnswer(invite)
    const match = await answerJson(invited.answer)
    expect(invited.status, JSON.stringify(match)).toBe(201)
    expect(match).toMatchObject({ needId: posted.id, candidateId: first.id, status: 'proposed', needTitle: need.title })
    await jobDone(person, 'enterprise-post-invite', invited.answer)
  })

  job('expert-accept', 'an expert: accept an invitation', async () => {
    const person = await signedIn(DEMO_EXPERT_KEY, '专家 · 白涛')
    const { page } = person
    await person.click('guide: 答复对接邀请', page.locator('#guide a', { hasText: '答复对接邀请' }))
    const list = operation(page, 'listMatches')
    await person.choose('状态 proposed', list.locator('tr[data-param-name="status"] select'), 'proposed')
    await person.click('Execute', list.locator('button.execute'))
    const listed = await liveAnswer(list)
    expect(listed.status).toBe(200)
    const invitation = (await answerJson(listed.answer)).items[0]
    expect(invitation).toMatchObject({ status: 'proposed' })
    await person.choose(`接受 ${invitation.needTitle}`, listed.answer.locator('.record-actions tr', { hasText: invitation.needTitle }).first().locator('select'), { label: '接受邀请' })
    const accept = operation(page, 'acceptMatch')
    await expect.poll(() => accept.locator('tr[data-param-name="id"] input').inputValue()).toBe(invitation.id)
    await person.click('Execute', accept.locator('button.execute'))
    const accepted = await liveAnswer(accept)
    expect(accepted.status).toBe(200)
    expect(await answerJson(accepted.answer)).toMatchObject({ id: invitation.id, status: 'accepted' })
    await jobDone(person, 'expert-accept', accepted.answer)
  })
})

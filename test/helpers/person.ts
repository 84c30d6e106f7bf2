import type { Download, Locator, Page } from 'playwright-core'

/**
 * A person at the docs page: every click, choice, typed field and key press is one action, counted
 * and named, and every answer the page gets from the API is kept, so a test can say how many
 * actions a job took and that no 4xx was met on the way.
 */
export class Person {
  readonly actions: string[] = []
  readonly answers: { method: string; url: string; status: number }[] = []

  constructor(readonly page: Page) {
    page.on('response', (response) => {
      const url = new URL(response.url())
      if (url.pathname.startsWith('/v1/')) this.answers.push({ method: response.request().method(), url: url.pathname + url.search, status: response.status() })
    })
  }

  async click(what: string, target: Locator): Promise<void> {
    this.actions.push(`click ${what}`)
    await target.click()
  }

  async choose(what: string, select: Locator, option: string | { label: string }): Promise<void> {
    this.actions.push(`choose ${what}`)
    await select.selectOption(option)
  }

  async type(what: string, field: Locator, text: string): Promise<void> {
    this.actions.push(`type ${what}`)
    await field.fill(text)
  }

  async press(what: string, field: Locator, key: string): Promise<void> {
    this.actions.push(`press ${what}`)
    await field.press(key)
  }

  async download(what: string, link: Locator): Promise<Download> {
    this.actions.push(`download ${what}`)
    const [download] = await Promise.all([this.page.waitForEvent('download'), link.click()])
    return download
  }

  /** Starts counting a new job; what came before (signing in) stays in its own count. */
  startJob(): void {
    this.actions.length = 0
    this.answers.length = 0
  }

  /** Answers of 400 and above the page met since the job started. */
  refusals(): string[] {
    return this.answers.filter((answer) => answer.status >= 400).map((answer) => `${answer.status} ${answer.method} ${answer.url}`)
  }
}

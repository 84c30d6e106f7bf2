import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type TestApp, createTestApp } from '../../helpers/app.js'
import { type World, createWorld, json } from '../../helpers/fixtures.js'
import { readProblem } from '../../helpers/http.js'

interface FieldError { path: string; field?: string; message: string }

/** A park officer reads a refusal in Chinese, with the field named as they call it and as the API does. */
describe('validation messages', () => {
  let t: TestApp
  let w: World
  const han = /\p{Script=Han}/u

  beforeAll(async () => {
    t = await createTestApp()
    w = await createWorld(t.db.sql)
  })
  afterAll(() => t.close())

  const refused = async (res: Response) => {
    expect(res.status).toBe(400)
    const problem = await readProblem(res)
    expect(problem.title).toMatch(/^请求未通过校验 · Request failed validation$/)
    const errors = problem.errors as FieldError[]
    // One field may fail several checks; the first is the one a person reads first.
    return { problem, byPath: new Map(errors.toReversed().map((error) => [error.path, error])) }
  }

  it('names each field in Chinese and English and says what is wrong in Chinese first, then zod\'s English', async () => {
    const { problem, byPath } = await refused(
      await t.app.request('/v1/needs', json('POST', { title: '', industryCode: 'modern_coal_chemical', kind: 'nonsense', budgetMinFen: -5 }, w.keys.enterpriseA.headers)),
    )
    expect(byPath.get('body.title')).toEqual({ path: 'body.title', field: '标题 title', message: expect.stringMatching(/^不能为空 · Too small/) })
    expect(byPath.get('body.problem')).toEqual({ path: 'body.problem', field: '技术难题 problem', message: expect.stringMatching(/^必填 · Invalid input/) })
    expect(byPath.get('body.kind')?.message).toMatch(/^只能是以下之一：.*consulting.* · Invalid option/)
    expect(byPath.get('body.budgetMinFen')?.message).toMatch(/^不能小于 0 · Too small/)
    // The detail line repeats them for a person reading only the summary.
    expect(problem.detail).toContain('标题 title（body.title）：不能为空')
  })

  it('explains a malformed id or time by showing what a good one looks like', async () => {
    const { byPath } = await refused(
      await t.app.request('/v1/needs/3f6c', { headers: w.keys.admin.headers }),
    )
    expect(byPath.get('param.id')?.message).toMatch(/^格式不对：应为UUID/)
    expect(byPath.get('param.id')?.field).toBe('id')
    const { byPath: dates } = await refused(await t.app.request('/v1/parks/me/stats?from=2026-13-40', { headers: w.keys.staffA.headers }))
    expect(dates.get('query.from')).toEqual({ path: 'query.from', field: '起始日期 from', message: expect.stringMatching(/^格式不对：应为日期，如 2026-12-05 · /) })
    for (const error of [...byPath.values(), ...dates.values()]) expect(error.message).toMatch(han)
  })

  it('says a blank title is blank, in both languages, and keeps a message the project already wrote in Chinese', async () => {
    const { byPath: blank } = await refused(
      await t.app.request('/v1/needs', json('POST', { title: ' \u200b ', industryCode: 'modern_coal_chemical', problem: '萃取塔乳化', kind: 'consulting' }, w.keys.enterpriseA.headers)),
    )
    expect(blank.get('body.title')?.message).toMatch(/^不能只有空格或不可见字符 · must contain a visible character/)
    const { byPath } = await refused(await t.app.request('/v1/enterprises', json('POST', { name: '校验位错误的企业', uscc: '91140100MA0GRQ8X1Y', industries: [] }, w.keys.admin.headers)))
    const uscc = byPath.get('body.uscc')
    expect(uscc?.field).toBe('统一社会信用代码 uscc')
    expect(uscc?.message).toContain('统一社会信用代码')
  })
})

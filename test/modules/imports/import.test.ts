import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type TestApp, createTestApp } from '../../helpers/app.js'
import { type World, createWorld, validUscc } from '../../helpers/fixtures.js'
import { encodeGb18030 } from '../../helpers/gb18030.js'
import { type Schema, readJson, readProblem } from '../../helpers/http.js'

type KeyName = keyof World['keys']

const csv = (rows: (string | number)[][]) =>
  rows.map((row) => row.map((cell) => (/[",\n]/.test(String(cell)) ? `"${String(cell).replaceAll('"', '""')}"` : String(cell))).join(',')).join('\r\n') + '\r\n'
const ndjson = (rows: unknown[]) => rows.map((row) => JSON.stringify(row)).join('\n') + '\n'
const utf8 = (text: string) => new TextEncoder().encode(text)
const withBom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)])

describe('bulk import', () => {
  let t: TestApp
  let w: World
  let seed = 700_000
  const uscc = () => validUscc(++seed)

  const post = (kind: string, body: string | Uint8Array, key: KeyName, contentType = 'text/csv', query = '') =>
    t.app.request(`/v1/import/${kind}${query}`, { method: 'POST', body, headers: { ...w.keys[key].headers, 'content-type': contentType } })
  const imported = async (kind: string, body: string | Uint8Array, key: KeyName = 'admin', contentType = 'text/csv', query = '') => {
    const res = await post(kind, body, key, contentType, query)
    expect(res.status, await res.clone().text()).toBe(200)
    return (await readJson(res)) as Schema<'ImportResult'>
  }
  const count = async (table: 'enterprises' | 'experts' | 'needs') =>
    (await t.db.sql<{ n: number }[]>`select count(*)::int as n from ${t.db.sql(table)}`)[0]!.n
  const auditOf = async (entityId: string) =>
    t.db.sql<{ action: string; requestId: string | null }[]>`select action, request_id from audit_events where entity_id = ${entityId} order by id`

  beforeAll(async () => {
    t = await createTestApp()
    w = await createWorld(t.db.sql)
  })
  afterAll(() => t.close())

  describe('encodings and formats', () => {
    it('reads UTF-8 CSV with the API field names: lists split on ; ； 、, quoted cells keep commas, quotes and line breaks', async () => {
      const codes = [uscc(), uscc()]
      const file = csv([
        ['name', 'uscc', 'parkId', 'size', 'industries', 'isKey', 'contactName', 'description'],
        ['长治市华晟光伏材料有限公司', codes[0]!, w.parkA.id, 'medium', 'new_materials；modern_coal_chemical', '是', '李红', '主营"光伏"材料,\n年产值约5亿元。'],
        ['山西潞宝兴海新材料有限公司', codes[1]!, w.parkA.id, '大型', 'new_materials、hydrogen', 'false', '', ''],
      ])
      const result = await imported('enterprises', utf8(file))
      expect(result).toMatchObject({ kind: 'enterprises', format: 'csv', encoding: 'utf-8', summary: { rows: 2, created: 2, updated: 0, rejected: 0 } })
      // The second row starts on line 4: the first one's description spans two lines.
      expect(result.created.map((row: { line: number }) => row.line)).toEqual([2, 4])
      const first = await readJson(await t.app.request(`/v1/enterprises/${result.created[0]!.id}`, { headers: w.keys.admin.headers }), 'getEnterprise')
      expect(first).toMatchObject({ uscc: codes[0], industries: ['new_materials', 'modern_coal_chemical'], isKey: true, description: '主营"光伏"材料,\n年产值约5亿元。' })
      const second = await readJson(await t.app.request(`/v1/enterprises/${result.created[1]!.id}`, { headers: w.keys.admin.headers }), 'getEnterprise')
      expect(second).toMatchObject({ size: 'large', industries: ['new_materials', 'hydrogen'], isKey: false, contactName: '' })
      expect((await auditOf(first.id)).map((event) => event.action)).toEqual(['enterprise.create'])
    })

    it('reads UTF-8 with a BOM and Chinese column names, and queues the new experts for indexing', async () => {
      const file = csv([
        ['姓名', '工作单位', '职称', '研究领域', '关键词', '是否院士', '可同时对接数', '对接状态'],
        ['赵立新', '中北大学材料科学与工程学院', '教授', '镁合金;轻量化', '压铸、热处理', '否', 5, '暂忙'],
        ['钱明远', '太原理工大学', '研究员', '煤气化', '气化炉', '是', 2, ''],
      ])
      const result = await imported('experts', withBom(file))
      expect(result).toMatchObject({ encoding: 'utf-8', summary: { rows: 2, created: 2, rejected: 0 } })
      const expert = await readJson(await t.app.request(`/v1/experts/${result.created[0]!.id}`, { headers: w.keys.admin.headers }), 'getExpert')
      expect(expert).toMatchObject({ name: '赵立新', organisation: '中北大学材料科学与工程学院', fields: ['镁合金', '轻量化'], keywords: ['压铸', '热处理'], isAcademician: false, capacity: 5, availability: 'busy' })
      const ids = result.created.map((row: { id: string }) => row.id)
      const queued = await t.db.sql<{ n: number }[]>`select count(*)::int as n from outbox where kind = 'expert' and entity_id = any(${ids}::uuid[])`
      expect(queued[0]!.n).toBe(2)
    })

    it('detects GB18030 (as Excel and WPS save CSV) and honours a declared charset', async () => {
      const rows = (title: string) => [
        ['统一社会信用代码', '项目名称', '行业领域', '需解决的主要技术难题', '需求类型', '关键词', '最高预算', '可见范围', '状态'],
        [w.enterpriseA.uscc, title, 'new_materials', '碳化硅粉体纯度不足，氧含量偏高。', '技术攻关', '碳化硅；提纯', '2,000,000', '公开', '征集中'],
      ]
      const detected = await imported('needs', encodeGb18030(csv(rows('高纯碳化硅粉体制备工艺'))))
      expect(detected).toMatchObject({ encoding: 'gb18030', summary: { created: 1, rejected: 0 } })
      const need = await readJson(await t.app.request(`/v1/needs/${detected.created[0]!.id}`, { headers: w.keys.admin.headers }), 'getNeed')
      expect(need).toMatchObject({
        enterpriseId: w.enterpriseA.id,
        parkId: w.parkA.id,
        title: '高纯碳化硅粉体制备工艺',
        kind: 'breakthrough',
        keywords: ['碳化硅', '提纯'],
        budgetMaxFen: 2_000_000,
        visibility: 'public',
        status: 'open',
      })

      const declared = await imported('needs', encodeGb18030(csv(rows('氢燃料电池双极板涂层'))), 'admin', 'text/csv; charset=GBK')
      expect(declared).toMatchObject({ encoding: 'gb18030', summary: { created: 1 } })
      // Declared UTF-8 wins over detection: GB18030 bytes are then refused before anything is written…
      const wrong = await post('needs', encodeGb18030(csv(rows('不会导入的需求'))), 'admin', 'text/csv; charset=utf-8')
      expect(wrong.status).toBe(400)
      expect((await readProblem(wrong)).detail).toMatch(/not valid UTF-8.*charset=gb18030/)
      // …or, met later in a stream, stop the import there: the rows before it are written.
      const [header, row] = csv(rows('流中第一行需求')).split('\r\n')
      const stream = new ReadableStream({
        start(controller) {
          controller.enqueue(utf8(`${header}\r\n${row}\r\n`))
          controller.enqueue(encodeGb18030(`${row!.replace('流中第一行需求', '流中第二行需求')}\r\n`))
          controller.close()
        },
      })
      const res = await t.app.request('/v1/import/needs', {
        method: 'POST',
        body: stream,
        headers: { ...w.keys.admin.headers, 'content-type': 'text/csv; charset=utf-8' },
        duplex: 'half',
      } as RequestInit)
      const aborted = await readJson(res, 'importNeeds')
      expect(aborted).toMatchObject({ summary: { rows: 1, created: 1 }, aborted: { line: 3, code: 'validation_failed', detail: expect.stringContaining('not valid UTF-8') } })
    })

    it('reads JSON lines, one create body per line, and reports a line that is not JSON', async () => {
      const file = [
        JSON.stringify({ name: '孙海峰', organisation: '山西大学', fields: ['分子筛'], achievements: [{ title: '一种分子筛催化剂', kind: 'patent', year: 2022 }] }),
        '',
        '{"name": "周',
        JSON.stringify({ name: '吴敏', organisation: '山西大学', capacity: 2 }),
      ].join('\n')
      const result = await imported('experts', utf8(file), 'admin', 'application/x-ndjson')
      expect(result).toMatchObject({ format: 'ndjson', summary: { rows: 3, created: 2, rejected: 1 } })
      expect(result.created.map((row: { line: number }) => row.line)).toEqual([1, 4])
      expect(result.rejected).toEqual([{ line: 3, code: 'invalid_json', detail: 'The line is not valid JSON', errors: [{ path: 'body', message: 'not valid JSON' }] }])
      const expert = await readJson(await t.app.request(`/v1/experts/${result.created[0]!.id}`, { headers: w.keys.admin.headers }), 'getExpert')
      expect(expert.achievements).toMatchObject([{ title: '一种分子筛催化剂', kind: 'patent', year: 2022 }])
    })
  })

  describe('rejected rows', () => {
    it('writes the good rows and nothing of a bad one, naming its line, field and reason', async () => {
      const good = [uscc(), uscc(), uscc()]
      const badCheck = `${good[0]!.slice(0, 17)}${good[0]!.endsWith('0') ? '1' : '0'}`
      const file = csv([
        ['name', 'uscc', 'parkId', 'size', 'industries'],
        ['好企业一', good[0]!, w.parkA.id, 'small', 'new_materials'],
        ['校验位错误', badCheck, w.parkA.id, 'small', ''],
        ['未知产业链', uscc(), w.parkA.id, 'small', 'quantum_widgets'],
        ['好企业二', good[1]!, w.parkA.id, 'medium', ''],
        ['未知园区', uscc(), '00000000-0000-4000-8000-000000000000', 'medium', ''],
        ['好企业三', good[2]!, w.parkB.id, 'micro', ''],
      ])
      const before = await count('enterprises')
      const result = await imported('enterprises', utf8(file))
      expect(result.summary).toEqual({ rows: 6, created: 3, updated: 0, rejected: 3 })
      expect(result.created.map((row: { line: number }) => row.line)).toEqual([2, 5, 7])
      expect(result.rejected).toEqual([
        { line: 3, code: 'validation_failed', detail: expect.stringContaining('body.uscc'), errors: [{ path: 'body.uscc', field: '统一社会信用代码 uscc', message: expect.any(String) }] },
        { line: 4, code: 'validation_failed', detail: expect.stringContaining('quantum_widgets'), errors: [{ path: 'body.industries', message: expect.stringContaining('unknown industry') }] },
        { line: 6, code: 'validation_failed', detail: expect.stringContaining('no park'), errors: [{ path: 'body.parkId', message: expect.any(String) }] },
      ])
      expect(await count('enterprises')).toBe(before + 3)
      const names = await t.db.sql`select name from enterprises where name in ('校验位错误', '未知产业链', '未知园区')`
      expect(names).toHaveLength(0)
      const audit = await t.db.sql`select 1 from audit_events where after->>'name' in ('校验位错误', '未知产业链', '未知园区')`
      expect(audit).toHaveLength(0)
    })

    it('takes out a row the database refuses and writes the rest of its batch', async () => {
      // The API checks everything the schema holds first, so a row the database itself refuses is
      // made here by a trigger: the batch is rolled back, the row rejected, the others written again.
      await t.db.sql.unsafe(`
        create function refuse_marked_need() returns trigger language plpgsql as $$
        begin
          if new.title = '数据库拒绝的需求' then raise exception 'refused' using errcode = '23514'; end if;
          return new;
        end $$;
        create trigger refuse_marked_need before insert on needs for each row execute function refuse_marked_need();
      `)
      const file = ndjson([
        { enterpriseId: w.enterpriseA.id, title: '好需求一', industryCode: 'new_materials', problem: '问题一', kind: 'consulting' },
        { enterpriseId: w.enterpriseA.id, title: '数据库拒绝的需求', industryCode: 'new_materials', problem: '问题', kind: 'consulting' },
        { enterpriseId: w.enterpriseA.id, title: '好需求二', industryCode: 'hydrogen', problem: '问题二', kind: 'talent', budgetMinFen: 500, budgetMaxFen: 100 },
        { enterpriseId: w.enterpriseA.id, title: '好需求三', industryCode: 'hydrogen', problem: '问题三', kind: 'talent', status: 'resolved' },
        { enterpriseId: w.enterpriseA.id, title: '好需求四', industryCode: 'hydrogen', problem: '问题四', kind: 'collaboration', surprise: 1 },
        { enterpriseId: w.enterpriseA.id, title: '好需求五', industryCode: 'biomedicine', problem: '问题五', kind: 'transfer' },
        { enterpriseId: w.enterpriseA.id, title: '未知行业的需求', industryCode: 'no_such_industry', problem: '问题', kind: 'consulting' },
      ])
      try {
        const result = await imported('needs', utf8(file), 'admin', 'application/x-ndjson')
        expect(result.summary).toEqual({ rows: 7, created: 2, updated: 0, rejected: 5 })
        expect(result.created.map((row: { line: number }) => row.line)).toEqual([1, 6])
        expect(result.rejected.map((row: { line: number; errors?: { path: string }[] }) => [row.line, row.errors?.[0]?.path])).toEqual([
          [2, undefined],
          [3, 'body.budgetMaxFen'],
          [4, 'body.status'],
          [5, 'body'],
          [7, 'body.industryCode'],
        ])
        expect(result.rejected[0]).toMatchObject({ code: 'validation_failed', detail: 'A value is out of range or malformed' })
        const titles = await t.db.sql<{ title: string }[]>`select title from needs where title like '好需求%' or title in ('未知行业的需求', '数据库拒绝的需求') order by title`
        expect(titles.map((row) => row.title)).toEqual(['好需求一', '好需求五'])
      } finally {
        await t.db.sql.unsafe('drop trigger refuse_marked_need on needs; drop function refuse_marked_need()')
      }
    })

    it('refuses a header it does not know before writing anything, and other media types', async () => {
      const res = await post('enterprises', utf8('name,uscc,colour\n某企业,x,红\n'), 'admin')
      expect(res.status).toBe(400)
      const problem = await readProblem(res)
      expect(problem).toMatchObject({ code: 'validation_failed', errors: [{ path: 'header.3', message: expect.stringContaining('colour') }] })
      expect((await post('enterprises', utf8('[]'), 'admin', 'application/json')).status).toBe(415)
      expect((await post('enterprises', utf8(''), 'admin')).status).toBe(400)
      expect((await post('enterprises', utf8('a'), 'admin', 'text/csv; charset=latin1')).status).toBe(415)
    })
  })

  describe('natural keys', () => {
    it('updates enterprises by USCC on a second import instead of duplicating them', async () => {
      const codes = [uscc(), uscc()]
      const first = await imported('enterprises', utf8(csv([['name', 'uscc', 'size', 'contactName'], ['甲企业', codes[0]!, 'small', '张三'], ['乙企业', codes[1]!, 'small', '李四']])), 'admin', 'text/csv', `?parkId=${w.parkA.id}`)
      expect(first.summary).toMatchObject({ created: 2, updated: 0 })
      const before = await count('enterprises')
      // Lower case USCC is the same enterprise; an empty cell leaves the field as it is; the default
      // park is for new rows and moves nobody.
      const second = await imported('enterprises', utf8(csv([['uscc', 'name', 'size', 'contactName'], [codes[0]!.toLowerCase(), '甲企业（更名）', 'medium', ''], [codes[1]!, '乙企业', 'large', '王五']])), 'admin', 'text/csv', `?parkId=${w.parkB.id}`)
      expect(second.summary).toEqual({ rows: 2, created: 0, updated: 2, rejected: 0 })
      expect(second.updated.map((row: { id: string }) => row.id)).toEqual(first.created.map((row: { id: string }) => row.id))
      expect(await count('enterprises')).toBe(before)
      const changed = await readJson(await t.app.request(`/v1/enterprises/${first.created[0]!.id}`, { headers: w.keys.admin.headers }), 'getEnterprise')
      expect(changed).toMatchObject({ name: '甲企业（更名）', size: 'medium', contactName: '张三', parkId: w.parkA.id })
      expect((await auditOf(first.created[0]!.id)).map((event) => event.action)).toEqual(['enterprise.create', 'enterprise.update'])
    })

    it('updates experts by name and organisation, and needs by enterprise and title; a repeated key in one file updates what its first row wrote', async () => {
      const experts = await imported('experts', utf8(csv([['name', 'organisation', 'title'], ['郑国强', '长治学院', '副教授'], ['郑国强', '长治医学院', '教授'], ['郑国强', '长治学院', '教授']])))
      expect(experts.summary).toEqual({ rows: 3, created: 2, updated: 1, rejected: 0 })
      expect(experts.updated[0]).toEqual({ line: 4, id: experts.created[0]!.id })
      const expert = await readJson(await t.app.request(`/v1/experts/${experts.created[0]!.id}`, { headers: w.keys.admin.headers }), 'getExpert')
      expect(expert.title).toBe('教授')

      const need = { enterpriseId: w.enterpriseB.id, title: '焦炉煤气制氢提纯', industryCode: 'hydrogen', problem: 'PSA 回收率低', kind: 'breakthrough' }
      const first = await imported('needs', utf8(ndjson([need])), 'admin', 'application/x-ndjson')
      const second = await imported('needs', utf8(ndjson([{ ...need, problem: 'PSA 回收率低于80%', status: 'open' }])), 'admin', 'application/x-ndjson')
      expect(second.summary).toMatchObject({ created: 0, updated: 1 })
      expect(second.updated[0]!.id).toBe(first.created[0]!.id)
      const stored = await readJson(await t.app.request(`/v1/needs/${first.created[0]!.id}`, { headers: w.keys.admin.headers }), 'getNeed')
      expect(stored).toMatchObject({ problem: 'PSA 回收率低于80%', status: 'open' })
      // A state the need cannot move to is refused as the PATCH would refuse it.
      const back = await imported('needs', utf8(ndjson([{ ...need, status: 'draft' }])), 'admin', 'application/x-ndjson')
      expect(back.rejected).toEqual([expect.objectContaining({ line: 1, code: 'conflict' })])
    })

    it('refuses a need title shared by two needs of the enterprise', async () => {
      const need = { enterpriseId: w.enterpriseB.id, title: '重名需求', industryCode: 'hydrogen', problem: '问题', kind: 'consulting' }
      for (let i = 0; i < 2; i++) {
        const res = await t.app.request('/v1/needs', { method: 'POST', body: JSON.stringify(need), headers: { ...w.keys.admin.headers, 'content-type': 'application/json' } })
        expect(res.status).toBe(201)
      }
      const result = await imported('needs', utf8(ndjson([need])), 'admin', 'application/x-ndjson')
      expect(result.rejected).toEqual([expect.objectContaining({ line: 1, code: 'conflict', errors: [{ path: 'body.title', message: expect.stringContaining('2 needs') }] })])
    })
  })

  describe('roles', () => {
    it.each(['enterpriseA', 'expertA'] as const)('%s may not import (403)', async (key) => {
      for (const kind of ['enterprises', 'experts', 'needs']) {
        const res = await post(kind, utf8('name\n某\n'), key)
        expect(res.status).toBe(403)
      }
    })

    it('lets park staff import their own park only', async () => {
      const [own, foreign] = [uscc(), uscc()]
      const result = await imported('enterprises', utf8(csv([['name', 'uscc', 'size', 'parkId'], ['本园区企业', own, 'small', ''], ['外园区企业', foreign, 'small', w.parkB.id], ['外园区已有企业', w.enterpriseB.uscc, 'small', '']])), 'staffA')
      expect(result.summary).toMatchObject({ created: 1, updated: 0, rejected: 2 })
      expect(result.rejected).toEqual([
        expect.objectContaining({ line: 3, code: 'forbidden' }),
        expect.objectContaining({ line: 4, code: 'conflict', errors: [{ path: 'body.uscc', message: 'registered in another park' }] }),
      ])
      const created = await readJson(await t.app.request(`/v1/enterprises/${result.created[0]!.id}`, { headers: w.keys.staffA.headers }), 'getEnterprise')
      expect(created.parkId).toBe(w.parkA.id)
      expect((await t.db.sql`select name from enterprises where id = ${w.enterpriseB.id}`)[0]!.name).toBe(w.enterpriseB.name)

      const needs = await imported('needs', utf8(ndjson([
        { enterpriseUscc: w.enterpriseA.uscc, title: '园区员工代报需求', industryCode: 'new_materials', problem: '问题', kind: 'consulting' },
        { enterpriseUscc: w.enterpriseB.uscc, title: '外园区需求', industryCode: 'new_materials', problem: '问题', kind: 'consulting' },
        { enterpriseId: w.enterpriseB.id, title: '外园区需求', industryCode: 'new_materials', problem: '问题', kind: 'consulting' },
      ])), 'staffA', 'application/x-ndjson')
      expect(needs.summary).toMatchObject({ created: 1, rejected: 2 })
      expect(needs.rejected).toEqual([
        expect.objectContaining({ line: 2, errors: [{ path: 'body.enterpriseUscc', message: expect.stringContaining('no enterprise') }] }),
        expect.objectContaining({ line: 3, code: 'not_found' }),
      ])
      expect(JSON.stringify(needs)).not.toContain(w.enterpriseB.name)

      // Experts belong to no park: park staff register new ones but do not change existing profiles.
      const experts = await imported('experts', utf8(csv([['name', 'organisation'], ['冯晓东', '长治学院'], ['冯晓东', '长治学院']])), 'staffA')
      expect(experts.summary).toMatchObject({ created: 1, updated: 0, rejected: 1 })
      expect(experts.rejected[0]).toMatchObject({ line: 3, code: 'forbidden', detail: expect.stringContaining('only admins change existing profiles') })
    })
  })

  it('imports 2,000 rows in batches, then updates all of them on a second run', { timeout: 120_000 }, async () => {
    const rows: string[][] = [['name', 'uscc', 'size', 'industries', 'contactName']]
    for (let i = 0; i < 2000; i++) rows.push([`批量企业${i}有限公司`, validUscc(900_000 + i), 'small', 'new_materials;hydrogen', '张伟'])
    const file = utf8(csv(rows))
    const started = performance.now()
    const first = await imported('enterprises', file, 'admin', 'text/csv', `?parkId=${w.parkB.id}`)
    const ms = performance.now() - started
    expect(first.summary).toEqual({ rows: 2000, created: 2000, updated: 0, rejected: 0 })
    expect(new Set(first.created.map((row: { id: string }) => row.id)).size).toBe(2000)
    const second = await imported('enterprises', file, 'admin', 'text/csv', `?parkId=${w.parkB.id}`)
    expect(second.summary).toEqual({ rows: 2000, created: 0, updated: 2000, rejected: 0 })
    const audit = await t.db.sql<{ n: number }[]>`select count(*)::int as n from audit_events where entity_type = 'enterprise' and after->>'name' like '批量企业%'`
    expect(audit[0]!.n).toBe(4000)
    console.log(`2,000 enterprise rows imported in ${Math.round(ms)} ms (${t.db.kind})`)
  })
})

describe('bulk import size limit', () => {
  let t: TestApp
  let w: World
  beforeAll(async () => {
    t = await createTestApp({}, { IMPORT_MAX_BYTES: '2048' })
    w = await createWorld(t.db.sql)
  })
  afterAll(() => t.close())

  it('answers 413 for a file over IMPORT_MAX_BYTES, and the rest of the API keeps its 1 MiB limit', async () => {
    const file = `name,uscc,size\n${'某企业,91140400MA0GRXDY57,small\n'.repeat(100)}`
    const res = await t.app.request('/v1/import/enterprises', { method: 'POST', body: file, headers: { ...w.keys.admin.headers, 'content-type': 'text/csv' } })
    expect(res.status).toBe(413)
    expect(await t.db.sql`select 1 from enterprises where name = '某企业'`).toHaveLength(0)
    // A stream without Content-Length is counted as it is read.
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(file))
        controller.close()
      },
    })
    const chunked = await t.app.request('/v1/import/enterprises', { method: 'POST', body: stream, headers: { ...w.keys.admin.headers, 'content-type': 'text/csv' }, duplex: 'half' } as RequestInit)
    expect(chunked.status).toBe(413)
  })
})

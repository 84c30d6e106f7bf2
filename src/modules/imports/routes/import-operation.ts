import { z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { DomainError } from '../../../core/errors.js'
import { actorOf } from '../../../platform/http/actor.js'
import { jsonResponse, tags } from '../../../platform/http/kit.js'
import { authErrorResponses, commonErrorResponses } from '../../../platform/http/problem.js'
import type { AppBindings } from '../../../platform/http/types.js'
import { streamChunks } from '../decoding.js'
import { importMediaType, openImportRecords } from '../files.js'
import { type ImportKind, ImportResultSchema, columnsDescription, importSpecs } from '../model.js'
import { assertMayImport, importRecords } from '../service.js'

/** What the three import operations share: their text, the file body they take and how they read it. */

/** The path prefix that takes files: the app exempts it from the JSON-only body rules. */
export const importPathPrefix = '/v1/import/'

const who: Record<ImportKind, string> = {
  enterprises: 'Admins; park staff for their own park (rows of another park are rejected).',
  experts: 'Admins; park staff may register new experts (as with POST /v1/experts) but rows that match an existing expert are rejected for them.',
  needs: "Admins; park staff for their park's enterprises.",
}

/** Who may import and how a row finds what it updates, for a park officer: Chinese first. */
const zh: Record<ImportKind, string> = {
  enterprises: '管理员；园区工作人员只能导入本园区的企业（其他园区的行被拒）。统一社会信用代码已登记的行更新该企业，否则新建。',
  experts: '管理员；园区工作人员可登记新专家，但与已有专家（姓名和工作单位相同）匹配的行对其被拒。匹配到已有专家的行更新该专家，否则新建。',
  needs: '管理员；园区工作人员只能导入本园区企业的需求。用企业 id 或统一社会信用代码指明企业；该企业恰有一条同名需求时更新它，否则新建。',
}

const naturalKey: Record<ImportKind, string> = {
  enterprises: 'A row whose `uscc` is registered updates that enterprise, else creates one.',
  experts: 'A row whose `name` and `organisation` match an expert updates that expert, else creates one.',
  needs:
    'Name the enterprise by `enterpriseId` or `enterpriseUscc`. A row whose enterprise already has exactly one need with this `title` updates it, else creates one; a title shared by two needs of the enterprise is rejected.',
}

/** The request body: the file, as CSV or JSON lines. */
export function fileBody(kind: ImportKind) {
  const example: Record<ImportKind, string> = {
    enterprises: 'name,uscc,size,industries,contactName\n山西潞安化工新材料有限公司,91140400MA0GRXDY57,medium,modern_coal_chemical;new_materials,王建国\n',
    experts: '姓名,单位,职称,研究领域,关键词\n王建国,太原理工大学化学工程与技术学院,教授,煤化工废水处理;萃取分离,酚氨回收、煤气化\n',
    needs: '统一社会信用代码,项目名称,行业领域,需解决的主要技术难题,需求类型\n91140400MA0GRXDY57,高硫煤气化废水酚氨回收工艺优化,modern_coal_chemical,萃取塔乳化严重,技术攻关\n',
  }
  const file = z.string().openapi({ description: '导入文件 · The file', example: example[kind] })
  return {
    required: true,
    description: `CSV (UTF-8 with or without BOM, or GB18030/GBK as Excel and WPS save it; detected, or declared with \`charset=\`) with a header row, or JSON lines (one create body per line). Columns: ${columnsDescription(kind)}. List cells split on ; ； or 、; an empty cell leaves the field out.`,
    content: { 'text/csv': { schema: file }, 'application/x-ndjson': { schema: file } },
  }
}

/** The route of one kind's import, without its request (the body and, for enterprises, the park). */
export function importRoute(kind: ImportKind, operationId: string, summary: string) {
  return {
    method: 'post' as const,
    path: `${importPathPrefix}${kind}`,
    operationId,
    summary,
    description: `${zh[kind]}上传 CSV（Excel、WPS 另存的即可）或 JSON lines 文件，每行按单条新建（或修改）接口校验和授权；被拒的行不写入，其余照常写入；同一文件重复导入是安全的。\n\n${who[kind]} ${naturalKey[kind]} Each row is validated and authorised as the create (or update) API would; a rejected row writes nothing, the others are written (in batches) with their audit entries. Body up to IMPORT_MAX_BYTES (default 64 MiB). Importing the same file again is safe: its rows update what the first run created.`,
    tags: [tags.admin],
    responses: {
      200: jsonResponse(ImportResultSchema, '文件已读取；逐行列出新建、更新或拒绝 · The file was read; per row what was created, updated or rejected'),
      ...commonErrorResponses,
      ...authErrorResponses,
    },
  }
}

/** Streams the body through the parser into the import; nothing holds the whole file. */
export async function importFile(c: Context<AppBindings>, kind: ImportKind, defaultParkId?: string) {
  assertMayImport(c.get('principal'), kind)
  const { format, charset } = importMediaType(c.req.header('content-type'))
  const maxBytes = c.get('deps').config.IMPORT_MAX_BYTES
  if (Number(c.req.header('content-length')) > maxBytes) {
    throw new DomainError('payload_too_large', `Import files are limited to ${maxBytes} bytes (IMPORT_MAX_BYTES)`)
  }
  const body = c.req.raw.body
  if (!body) throw new DomainError('validation_failed', 'The body is empty: send the file')
  const spec = importSpecs[kind]
  const file = await openImportRecords(streamChunks(body), { format, charset, maxBytes, columns: spec.columns })
  const result = await importRecords(c.get('sql'), actorOf(c), kind, file.records, spec.validate as never, { defaultParkId })
  return { ...result, format, encoding: file.encoding }
}

import { createRoute, z } from '@hono/zod-openapi'
import type { ImportKind } from '../../domain/imports.js'
import { authErrorResponses, commonErrorResponses } from '../../lib/problem.js'
import { ImportParkQuerySchema, ImportResultSchema, columnsDescription } from './imports.schemas.js'

const tags = ['import']

/** The path prefix that takes files: the app exempts it from the JSON-only body rules. */
export const importPathPrefix = '/v1/import/'

const who: Record<ImportKind, string> = {
  enterprises: 'Admins; park staff for their own park (rows of another park are rejected).',
  experts: 'Admins; park staff may register new experts (as with POST /v1/experts) but rows that match an existing expert are rejected for them.',
  needs: "Admins; park staff for their park's enterprises.",
}

const naturalKey: Record<ImportKind, string> = {
  enterprises: 'A row whose `uscc` is registered updates that enterprise, else creates one.',
  experts: 'A row whose `name` and `organisation` match an expert updates that expert, else creates one.',
  needs:
    'Name the enterprise by `enterpriseId` or `enterpriseUscc`. A row whose enterprise already has exactly one need with this `title` updates it, else creates one; a title shared by two needs of the enterprise is rejected.',
}

function importBody(kind: ImportKind) {
  const example: Record<ImportKind, string> = {
    enterprises: 'name,uscc,size,industries,contactName\n山西潞安化工新材料有限公司,91140400MA0GRXDY57,medium,modern_coal_chemical;new_materials,王建国\n',
    experts: '姓名,单位,职称,研究领域,关键词\n王建国,太原理工大学化学工程与技术学院,教授,煤化工废水处理;萃取分离,酚氨回收、煤气化\n',
    needs: '统一社会信用代码,项目名称,行业领域,需解决的主要技术难题,需求类型\n91140400MA0GRXDY57,高硫煤气化废水酚氨回收工艺优化,modern_coal_chemical,萃取塔乳化严重,技术攻关\n',
  }
  const file = z.string().openapi({ description: 'The file', example: example[kind] })
  return {
    required: true,
    description: `CSV (UTF-8 with or without BOM, or GB18030/GBK as Excel and WPS save it; detected, or declared with \`charset=\`) with a header row, or JSON lines (one create body per line). Columns: ${columnsDescription(kind)}. List cells split on ; ； or 、; an empty cell leaves the field out.`,
    content: { 'text/csv': { schema: file }, 'application/x-ndjson': { schema: file } },
  }
}

function importRoute(kind: ImportKind, operationId: string, summary: string) {
  return {
    method: 'post' as const,
    path: `${importPathPrefix}${kind}`,
    operationId,
    summary,
    description: `${who[kind]} ${naturalKey[kind]} Each row is validated and authorised as the create (or update) API would; a rejected row writes nothing, the others are written (in batches) with their audit entries. Body up to IMPORT_MAX_BYTES (default 64 MiB). Importing the same file again is safe: its rows update what the first run created.`,
    tags,
    responses: {
      200: {
        description: 'The file was read; per row what was created, updated or rejected',
        content: { 'application/json': { schema: ImportResultSchema } },
      },
      ...commonErrorResponses,
      ...authErrorResponses,
    },
  }
}

export const importEnterprises = createRoute({
  ...importRoute('enterprises', 'importEnterprises', 'Import enterprises from a CSV or JSON-lines file (批量导入企业)'),
  request: { query: ImportParkQuerySchema, body: importBody('enterprises') },
})

export const importExperts = createRoute({
  ...importRoute('experts', 'importExperts', 'Import experts from a CSV or JSON-lines file (批量导入专家)'),
  request: { body: importBody('experts') },
})

export const importNeeds = createRoute({
  ...importRoute('needs', 'importNeeds', 'Import technical needs from a CSV or JSON-lines file (批量导入技术需求)'),
  request: { body: importBody('needs') },
})

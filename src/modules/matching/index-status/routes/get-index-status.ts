import { type AppRouteHandler, readJsonOperation, tags, toResponse } from '../../../../platform/http/kit.js'
import { IndexStatusSchema } from '../model.js'
import { readIndexStatus } from '../service.js'

export const route = readJsonOperation('/v1/index-status', {
  operationId: 'getIndexStatus', tags: [tags.candidates], summary: '检索索引状态 · Whether the search index has caught up',
  description: '管理员和园区工作人员：批量导入或大量修改后，推荐排序会变动，直到检索索引更新完毕；settled 为 true 表示已更新完毕。\n\nAfter an import or many edits, rankings move until the outbox is drained and the term statistics are taken again. `settled: true` says both are done. Admins and park staff.',
}, IndexStatusSchema, '索引状态 · The index status')

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const status = await readIndexStatus(c.get('sql'), c.get('principal'), c.get('deps').retrievers(c.get('sql')).embedder.model)
  return c.json(toResponse(IndexStatusSchema, status), 200)
}

import { listHandler, listOperation, tags } from '../../../../platform/http/kit.js'
import { SocietyListQuerySchema, SocietyPageSchema, toSocietyResponse } from '../model.js'
import { listSocieties } from '../service.js'

export const route = listOperation('/v1/societies', {
  operationId: 'listSocieties', tags: [tags.talent], summary: '学会列表 · List learned societies',
  description: '所有密钥都可查看全部学会：它们是对接推荐用的参考数据。\n\nEvery key sees every society: they are reference data for matching.',
}, SocietyListQuerySchema, SocietyPageSchema, '一页学会 · A page of societies')

export const handler = listHandler(route, ({ sql, c }) => listSocieties(sql, c.req.valid('query')), toSocietyResponse)

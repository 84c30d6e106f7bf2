import { createHandler, createOperation, tags } from '../../../../platform/http/kit.js'
import { EnterpriseCreateSchema, EnterpriseSchema, toEnterpriseResponse } from '../model.js'
import { createEnterprise } from '../service.js'

export const route = createOperation('/v1/enterprises', {
  operationId: 'createEnterprise', tags: [tags.organisations], summary: '登记企业 · Register an enterprise (admin, or park staff in their park)',
  description: '管理员，或园区工作人员在本园区登记企业；统一社会信用代码须通过校验（长度、字符、行政区划码、校验位）且不能重复（409）。\n\nThe USCC is validated (length, alphabet, division code, GB 32100 check character) and must be unique (409).',
}, { schema: EnterpriseCreateSchema, description: '企业 · The enterprise' }, EnterpriseSchema)

export const handler = createHandler(route, ({ sql, actor, c }) => createEnterprise(sql, actor, c.req.valid('json')), toEnterpriseResponse, ({ id }) => `/v1/enterprises/${id}`)

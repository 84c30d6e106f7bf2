import { readHandler, readOperation, tags } from '../../../../platform/http/kit.js'
import { EnterpriseSchema, toEnterpriseResponse } from '../model.js'
import { getEnterprise } from '../service.js'

export const route = readOperation('/v1/enterprises/{id}', {
  operationId: 'getEnterprise', tags: [tags.organisations], summary: '查看一家企业 · Read one enterprise',
  description: '能在企业列表中看到该企业的密钥均可查看，并得到修改时 If-Match 要用的 ETag；看不到的企业返回 404。\n\nAn enterprise this key may see in the list, with its ETag for the If-Match of a change; any other key gets 404.',
}, EnterpriseSchema, '企业 · The enterprise')

export const handler = readHandler(route, ({ sql, actor }, id) => getEnterprise(sql, actor.principal, id), toEnterpriseResponse)

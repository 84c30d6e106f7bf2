import { type AppRouteHandler, readJsonOperation, tags } from '../../../platform/http/kit.js'
import { describeCaller } from '../me.js'
import { MeSchema } from '../model.js'

export const route = readJsonOperation('/v1/me', {
  operationId: 'getMe', tags: [tags.account], summary: '我的身份与权限 · Who am I: the role and scope of this API key',
  description: '任何有效密钥都可调用：当前密钥的角色（管理员、园区工作人员、企业、专家）及其所属园区、企业或专家。\n\nAny valid key: its role (admin, park_staff, enterprise, expert) and the park, enterprise or expert it acts for.',
}, MeSchema, '当前调用者 · The caller')

export const handler: AppRouteHandler<typeof route> = async (c) => c.json(await describeCaller(c.get('sql'), c.get('principal')), 200)

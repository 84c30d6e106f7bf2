import { type RouteContext, tags, updateHandler, updateOperation } from '../../../../platform/http/kit.js'
import { proposeNextAfter } from '../../../engagements/index.js'
import { ExpertPatchSchema, ExpertSchema, toExpertResponse } from '../model.js'
import { updateExpert } from '../service.js'

export const route = updateOperation('/v1/experts/{id}', {
  operationId: 'updateExpert', tags: [tags.talent], summary: '修改专家资料 · Change an expert profile',
  description: '管理员可修改任一专家；专家密钥只能修改自己的资料，且不能修改所属企业（403）。需带 If-Match（当前 ETag）。\n\nAdmins change any expert; an expert key only its own profile. Since every role may read every expert, a key that may not change this one gets 403 (404 only when the expert does not exist). An expert may not change its own enterpriseId (it decides conflicts of interest): 403. Requires If-Match with the current ETag. `achievements` and `societyIds`, when present, replace the whole list; send an achievement\'s `id` to keep it.',
}, ExpertPatchSchema, ExpertSchema, '修改后的专家 · The changed expert')

/** Invitations the expert's new unavailability declined go on to the next candidate where their need asked for it. */
const followDeclines = (c: RouteContext<typeof route>) => (autoNextMatchIds: string[]) =>
  proposeNextAfter({ sql: c.get('sql'), logger: c.get('logger'), ...c.get('deps').retrievers(c.get('sql')) }, c.get('deps').config, autoNextMatchIds)

export const handler = updateHandler(
  route,
  ({ sql, actor, c }, id, checkVersion) => updateExpert(sql, actor, id, checkVersion, c.req.valid('json'), followDeclines(c)),
  toExpertResponse,
)

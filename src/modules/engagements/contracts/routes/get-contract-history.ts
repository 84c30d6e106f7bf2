import { jsonResponse, readResponseOperation } from '../../../../platform/http/operations.js'
import { tags } from '../../../../platform/http/openapi.js'
import type { AppRouteHandler } from '../../../../platform/http/types.js'
import { toResponse } from '../../../../core/entity.js'
import { ContractHistorySchema, ContractReviewSchema, ContractRevisionSchema } from '../model.js'
import { contractHistory } from '../review.js'

export const route = readResponseOperation(
  '/v1/contracts/{id}/revisions',
  {
    operationId: 'getContractHistory',
    summary: '合同修订与核验记录 · Every revision and review of a contract',
    description:
      '可看到该合同的各方（含本园区工作人员、管理员）：合同的每一版修订（改了哪些字段、原因、由谁）及每次核验或退回的意见，按时间先后。\n\n' +
      'Every revision (the fields changed, why, by which role) and every review (verified or rejected, with its comment), oldest first, for the keys that may read the contract; any other key gets 404.',
    tags: [tags.contractReview],
  },
  jsonResponse(ContractHistorySchema, '修订与核验记录 · The history'),
)

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const { contract, revisions, reviews } = await contractHistory(c.var.sql, c.var.principal, c.req.valid('param').id)
  return c.json(
    {
      contractId: contract.id,
      status: contract.status,
      reviewStatus: contract.reviewStatus,
      revision: contract.revision,
      revisions: revisions.map((revision) => toResponse(ContractRevisionSchema, revision)),
      reviews: reviews.map((review) => toResponse(ContractReviewSchema, review)),
    },
    200,
  )
}

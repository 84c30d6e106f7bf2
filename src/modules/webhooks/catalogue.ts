import { z } from '@hono/zod-openapi'
import type { NotificationType } from '../../core/vocabulary.js'
import { tags } from '../../platform/http/openapi.js'
import type { AppOpenAPI } from '../../platform/http/types.js'

/**
 * The event catalogue as the API document's `webhooks` (OpenAPI 3.1): one entry per notification
 * type, with the body a receiver gets. The facts are what each publishing module puts in its
 * notification (engagements/*\/notify.ts, needs/notifications.ts); the need's title only reaches
 * a subscriber who may read the need.
 */
const str = (description: string, example: string) => z.string().nullable().openapi({ description, example })
const id = (description: string) => z.uuid().openapi({ description, example: '3f6c2a9e-8b1d-4c7e-9a2f-5d8e1b4c7a90' })
const num = (description: string, example: number) => z.number().int().nullable().openapi({ description, example })

const need = z.object({
  id: id('需求 ID。The need'),
  title: z.string().optional().openapi({ description: '需求标题：只发给可读该需求的订阅者（企业、园区、管理员；专家仅在邀请或揭榜有效期间或公开需求）。Only for subscribers who may read the need', example: '碳纤维原丝均匀性提升' }),
}).openapi({ description: '事件所涉需求。The need the event concerns' })

const candidate = {
  candidateKind: str('候选类型：expert / society / workstation。Candidate kind', 'expert'),
  candidateId: id('候选 ID。Candidate id'),
  candidateName: str('候选名称。Candidate name', '李明'),
}

const facts = {
  need: { needId: id('需求 ID。The need'), status: str('需求状态。Status now', 'open'), previousStatus: str('之前的状态。Status before', 'draft'), visibility: str('可见范围。Visibility', 'park'), proposalsCloseAt: str('揭榜截止时间。When proposals close', '2026-12-31T16:00:00.000Z') },
  match: { matchId: id('邀请 ID。The invitation'), status: str('邀请状态。Status', 'accepted'), ...candidate, responderExpertId: id('答复专家 ID。The answering expert'), expiresAt: str('答复期限。When it expires unanswered', '2026-12-02T09:30:00.000Z'), declineReason: str('婉拒原因。Decline reason', '近期在外地驻场') },
  proposal: { proposalId: id('揭榜方案 ID。The proposal'), status: str('方案状态。Status', 'shortlisted'), ...candidate, proposerExpertId: id('提交专家 ID。The proposing expert'), durationDays: num('预计工期（天）。Duration in days', 90), priceMinFen: num('报价下限（分）。Lowest price in fen', 20_000_000), priceMaxFen: num('报价上限（分）。Highest price in fen', 50_000_000), declineReason: str('未采纳原因。Decline reason', '方案周期过长'), matchId: str('被采纳后生成的邀请 ID。The accepted match', '3f6c2a9e-8b1d-4c7e-9a2f-5d8e1b4c7a90') },
  consultation: { consultationId: id('咨询 ID。The consultation'), status: str('咨询状态。Status', 'scheduled'), matchId: id('所属邀请 ID。The invitation'), expertId: id('专家 ID。The expert'), mode: str('方式。Mode', 'on_site'), scheduledAt: str('安排时间。When it is held', '2026-12-03T06:30:00.000Z'), cancelReason: str('取消原因。Cancel reason', '企业设备检修') },
  contract: { contractId: id('合同 ID。The contract'), status: str('合同状态。Status', 'completed'), reviewStatus: str('核验状态。Review status', 'verified'), revision: num('修订号。Revision', 2), title: str('合同名称。Contract title', '碳纤维原丝工艺技术开发合同'), valueFen: num('合同金额（分）。Value in fen', 80_000_000), reviewComment: str('核验意见。Reviewer comment', '材料齐全，予以核验') },
  webhook: { subscriptionId: id('被停用的订阅 ID。The disabled subscription'), url: str('其网址。Its URL', 'https://erp.example-hitech.cn/hooks/kechuang'), reason: str('停用原因。Why', '连续 24 小时推送失败 · deliveries failed for 24 hours without a success'), disabledAt: str('停用时间。When', '2026-11-30T09:30:00.000Z') },
} as const

const described: Record<NotificationType, [keyof typeof facts, string]> = {
  'need.published': ['need', '需求已发布 · A need was published'],
  'need.status_changed': ['need', '需求状态变化 · A need\'s status changed'],
  'need.proposals_opened': ['need', '需求开放揭榜 · A need opened for proposals'],
  'match.proposed': ['match', '收到 / 发出对接邀请 · An invitation was made'],
  'match.accepted': ['match', '邀请被接受 · An invitation was accepted'],
  'match.declined': ['match', '邀请被婉拒 · An invitation was declined'],
  'match.withdrawn': ['match', '邀请被撤回 · An invitation was withdrawn'],
  'match.expired': ['match', '邀请超时未答复 · An invitation expired unanswered'],
  'match.expiring': ['match', '邀请将在 24 小时内到期 · An invitation expires within 24 h'],
  'proposal.submitted': ['proposal', '提交揭榜方案 · A proposal was submitted'],
  'proposal.updated': ['proposal', '揭榜方案已修改 · A proposal was changed'],
  'proposal.withdrawn': ['proposal', '揭榜方案已撤回 · A proposal was withdrawn'],
  'proposal.shortlisted': ['proposal', '揭榜方案入围 · A proposal was shortlisted'],
  'proposal.declined': ['proposal', '揭榜方案未被采纳 · A proposal was declined'],
  'proposal.accepted': ['proposal', '揭榜方案被采纳 · A proposal was accepted'],
  'consultation.scheduled': ['consultation', '咨询已安排 · A consultation was scheduled'],
  'consultation.completed': ['consultation', '咨询已完成 · A consultation was held'],
  'consultation.cancelled': ['consultation', '咨询已取消 · A consultation was cancelled'],
  'contract.submitted_for_review': ['contract', '合同提交园区核验 · A contract was submitted for review'],
  'contract.verified': ['contract', '合同已核验 · A contract was verified'],
  'contract.rejected': ['contract', '合同被退回 · A contract was rejected'],
  'webhook.disabled': ['webhook', '您的另一个订阅因连续失败或 410 被停用 · Another subscription of yours was disabled'],
}

const headers = z.object({
  'webhook-id': z.string().openapi({ param: { name: 'webhook-id', in: 'header' }, description: '投递 ID：重试与手动重发时不变，请据此去重。Stable per delivery; dedupe by it', example: 'c0ffee00-1234-4abc-8def-0123456789ab' }),
  'webhook-timestamp': z.string().openapi({ param: { name: 'webhook-timestamp', in: 'header' }, description: '发送时间（Unix 秒），拒收偏差过大的请求。Send time in Unix seconds', example: '1796031000' }),
  'webhook-signature': z.string().openapi({ param: { name: 'webhook-signature', in: 'header' }, description: 'v1,<base64 HMAC-SHA256("{id}.{timestamp}.{body}")>，密钥为 whsec_ 之后的 base64 解码。The Standard Webhooks signature', example: 'v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=' }),
})

/** Adds every notification type to the document's `webhooks`. */
export function registerWebhookCatalogue(app: AppOpenAPI): void {
  for (const [type, [subject, summary]] of Object.entries(described) as [NotificationType, [keyof typeof facts, string]][]) {
    const data = z.object({ ...facts[subject], ...(subject === 'webhook' ? {} : { need }) }).openapi({ description: '事件内容（不含需求正文）。The event\'s facts, no need text' })
    const body = z.object({
      type: z.literal(type).openapi({ description: '事件类型。The event type', example: type }),
      timestamp: z.string().openapi({ description: '事件发生时间（ISO 8601）。When it happened', example: '2026-11-29T09:30:00.000Z', format: 'date-time' }),
      data,
    })
    app.openAPIRegistry.registerWebhook({
      method: 'post',
      path: type,
      operationId: `webhook_${type.replace('.', '_')}`,
      summary,
      description: `${summary}。签名与重试见 docs/webhooks.md。Signed per Standard Webhooks; retried with backoff for 24 h.`,
      tags: [tags.webhooks],
      request: { headers, body: { required: true, content: { 'application/json': { schema: body } } } },
      responses: { 200: { description: '任意 2xx 表示已收到；其他状态或 10 秒未答复将重试；410 停用订阅。Any 2xx acknowledges; anything else or no answer in 10 s is retried; 410 disables the subscription' } },
    })
  }
}

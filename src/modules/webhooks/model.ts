import { z } from '@hono/zod-openapi'
import type { RowOf } from '../../core/entity.js'
import { roles } from '../../core/principal.js'
import { text, timestamp, uuid } from '../../core/schemas.js'
import { notificationTypes } from '../../core/vocabulary.js'
import { paginationQuery, pageSchema } from '../../platform/http/pagination.js'

export const subscriptionStatuses = ['active', 'disabled'] as const
export const deliveryStatuses = ['pending', 'delivered', 'failed'] as const

const url = z.string().max(2000).openapi({
  description: '接收事件的网址（https；仅在允许内网目标的部署中可用 http）。不能指向本机、内网、链路本地或云元数据地址。The https URL deliveries are POSTed to; loopback, private, link-local and metadata addresses are refused',
  example: 'https://erp.example-hitech.cn/hooks/kechuang',
})
const eventTypes = z.array(z.enum(notificationTypes)).min(1).max(notificationTypes.length).openapi({
  description: '订阅的事件类型；不填则订阅全部（包括以后新增的类型）。The event types to receive; left out: every type, including ones added later',
  example: ['match.proposed', 'match.accepted', 'contract.verified'],
})
const description = text(500, '备注：这个订阅做什么用。What the subscription is for', '对接 ERP：邀请与合同状态同步')

export const WebhookSubscriptionSchema = z
  .object({
    id: uuid('订阅 ID。Subscription id', '5b0e7c1a-3d2f-4e8a-9c6b-1f2e3d4c5b6a'),
    url,
    eventTypes: eventTypes.nullable().openapi({ description: '订阅的事件类型；null 表示全部。The event types received; null: every type', example: ['match.proposed', 'match.accepted'] }),
    description: description.nullable(),
    status: z.enum(subscriptionStatuses).openapi({ description: '状态：active 正常推送；disabled 已停用（见 disabledReason）。active, or disabled (see disabledReason)', example: 'active' }),
    disabledAt: timestamp('停用时间；未停用为 null。When it was disabled').nullable(),
    disabledReason: z.string().nullable().openapi({ description: '停用原因：连续失败 24 小时、接收方返回 410 Gone，或所有者手动停用。Why it was disabled', example: '连续 24 小时推送失败 · deliveries failed for 24 hours without a success' }),
    failingSince: timestamp('当前这一轮连续失败开始的时间；最近一次成功后为 null。Start of the current unbroken run of failures; null after a success').nullable(),
    ownerRole: z.enum(roles).openapi({ description: '所有者角色：创建它的密钥所代表的企业、专家、园区或管理员。The owning principal\'s role', example: 'enterprise' }),
    parkId: uuid('所有者为园区工作人员时的园区 ID。The owning park').nullable(),
    enterpriseId: uuid('所有者为企业时的企业 ID。The owning enterprise', '8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d').nullable(),
    expertId: uuid('所有者为专家时的专家 ID。The owning expert', '2c4e6a8b-1d3f-4b5a-9c7e-0f2a4c6e8b1d').nullable(),
    createdAt: timestamp('创建时间。When it was created'),
    updatedAt: timestamp('最后修改时间。When it last changed'),
  })
  .openapi('WebhookSubscription', { description: '事件推送订阅：把与所有者相关的事件签名后 POST 到其网址（Standard Webhooks）。A webhook subscription: signed deliveries of its owner\'s events' })

const secret = z.string().openapi({
  description: '签名密钥（whsec_ 开头），只在创建和轮换时返回这一次，请妥善保存。The signing secret, shown only by create and rotate',
  example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
})

export const WebhookSubscriptionWithSecretSchema = WebhookSubscriptionSchema.extend({ secret }).openapi('WebhookSubscriptionWithSecret', {
  description: '事件推送订阅及其签名密钥（仅此一次）。A subscription with its signing secret (shown this once)',
})

export const WebhookSubscriptionCreateSchema = z
  .object({ url, eventTypes: eventTypes.optional(), description: description.optional() })
  .strict()
  .openapi('WebhookSubscriptionCreate', { description: '新建事件推送订阅。A new webhook subscription' })

export const WebhookSubscriptionPatchSchema = z
  .object({
    url: url.optional(),
    eventTypes: eventTypes.nullable().optional().openapi({ description: '订阅的事件类型；null 表示全部。The event types; null: every type', example: ['match.accepted'] }),
    description: description.nullable().optional(),
    status: z.enum(subscriptionStatuses).optional().openapi({ description: 'active 重新启用（清除停用原因与失败计时，待推送的事件重新开始投递）；disabled 暂停。active re-enables (clears the reason and the failure clock; pending deliveries resume); disabled pauses', example: 'active' }),
  })
  .strict()
  .openapi('WebhookSubscriptionPatch', { description: '要修改的字段。Fields to change' })

export const WebhookSubscriptionListQuerySchema = z.object({ ...paginationQuery })
export const WebhookSubscriptionPageSchema = pageSchema(WebhookSubscriptionSchema, 'WebhookSubscriptionPage')

const AttemptSchema = z
  .object({
    attemptedAt: timestamp('尝试时间。When it was tried'),
    statusCode: z.number().int().nullable().openapi({ description: '接收方返回的 HTTP 状态码；未收到回应为 null。The receiver\'s status code; null when none came', example: 503 }),
    error: z.string().nullable().openapi({ description: '失败原因（超时、连接失败、目标不允许等）。Why it failed', example: '接收方返回 503 · the receiver answered 503' }),
    durationMs: z.number().int().openapi({ description: '耗时（毫秒）。How long it took (ms)', example: 184 }),
  })
  .openapi('WebhookAttempt', { description: '一次投递尝试。One attempt' })

export const WebhookDeliverySchema = z
  .object({
    id: uuid('投递 ID，即请求头 webhook-id（重试和手动重发时不变，接收方据此去重）。The delivery id, sent as webhook-id: the same on every retry and redeliver', 'c0ffee00-1234-4abc-8def-0123456789ab'),
    subscriptionId: uuid('所属订阅 ID。The subscription', '5b0e7c1a-3d2f-4e8a-9c6b-1f2e3d4c5b6a'),
    type: z.string().openapi({ description: '事件类型。The event type', example: 'match.accepted' }),
    status: z.enum(deliveryStatuses).openapi({ description: 'pending 待投递或重试中；delivered 已收到 2xx；failed 24 小时内未成功，已放弃（可手动重发）。pending, delivered (a 2xx came), or failed (gave up after 24 h; redeliver to try again)', example: 'pending' }),
    attempts: z.number().int().openapi({ description: '已尝试次数。Attempts so far', example: 3 }),
    nextAttemptAt: timestamp('下次尝试时间（仅 pending）。When it is next tried (pending only)').nullable(),
    lastStatusCode: z.number().int().nullable().openapi({ description: '最近一次的 HTTP 状态码。The last status code', example: 503 }),
    lastError: z.string().nullable().openapi({ description: '最近一次的失败原因。The last error', example: '超时（10 秒）· timed out after 10 s' }),
    deliveredAt: timestamp('成功送达时间。When a 2xx came').nullable(),
    payload: z.record(z.string(), z.unknown()).openapi({ description: '请求体（对每个订阅者只含其可读的内容）。The body, as this subscriber receives it', example: { type: 'match.accepted', timestamp: '2026-11-29T09:30:00.000Z', data: { matchId: '3f6c2a9e-8b1d-4c7e-9a2f-5d8e1b4c7a90', need: { id: '0b1f6c2a-8e3d-4a7b-9c5e-2d4f6a8b0c1e', title: '碳纤维原丝均匀性提升' } } } }),
    recentAttempts: z.array(AttemptSchema).openapi({ description: '最近的尝试（最多 10 次，最新在前）。The latest attempts, newest first (up to 10)' }),
    createdAt: timestamp('事件记录时间。When the event was recorded'),
  })
  .openapi('WebhookDelivery', { description: '一次事件投递及其尝试记录。One event\'s delivery to a subscription, with its attempts' })

export const WebhookDeliveryListQuerySchema = z.object({
  ...paginationQuery,
  status: z.enum(deliveryStatuses).optional().openapi({ description: '只看该状态的投递。Only deliveries in this status', example: 'failed' }),
})
export const WebhookDeliveryPageSchema = pageSchema(WebhookDeliverySchema, 'WebhookDeliveryPage')

export const DeliveryParamSchema = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' }, description: '订阅 ID。The subscription id', example: '5b0e7c1a-3d2f-4e8a-9c6b-1f2e3d4c5b6a' }),
  deliveryId: z.uuid().openapi({ param: { name: 'deliveryId', in: 'path' }, description: '投递 ID（webhook-id）。The delivery id', example: 'c0ffee00-1234-4abc-8def-0123456789ab' }),
})

export type WebhookSubscriptionRow = RowOf<typeof WebhookSubscriptionSchema, 'createdAt' | 'updatedAt' | 'disabledAt' | 'failingSince'> & { secret: string }
export type WebhookDeliveryRow = RowOf<typeof WebhookDeliverySchema, 'createdAt' | 'nextAttemptAt' | 'deliveredAt'> & {
  recentAttempts: { attemptedAt: string; statusCode: number | null; error: string | null; durationMs: number }[]
}
export type WebhookSubscriptionInput = z.infer<typeof WebhookSubscriptionCreateSchema>
export type WebhookSubscriptionPatch = z.infer<typeof WebhookSubscriptionPatchSchema>

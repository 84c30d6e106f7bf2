import { z } from '@hono/zod-openapi'
import { type RowOf, toResponse } from '../../core/entity.js'
import { businessDate, requiredText, text, timestamp, uuid } from '../../core/schemas.js'
import { pageSchema, paginationQuery } from '../../platform/http/pagination.js'

const clock = (description: string, example: string) =>
  z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, '应为 HH:MM（北京时间）· must be HH:MM, Beijing time').openapi({ description, example })

const slot = z
  .object({
    start: clock('开始时间（北京时间，HH:MM）。Start, Beijing time', '09:00'),
    end: clock('结束时间（北京时间，HH:MM）。End, Beijing time', '09:20'),
  })
  .strict()
  .openapi('EventSlot', { description: '一个洽谈时段（北京时间），结束须晚于开始（否则 400）。One time slot of the day, Beijing time; its end after its start, else 400', example: { start: '09:00', end: '09:20' } })

const slotIndexes = z
  .array(z.number().int().min(0).max(99))
  .max(100)
  .openapi({ description: '专家可出席的时段序号（从 0 起，对应 slots 的顺序）；不填表示全天可出席。The slots the expert attends, as indexes into `slots` (from 0); omitted: every slot', example: [0, 1, 2, 4] })

const enrolledNeed = z
  .object({
    needId: uuid('报名参会的技术需求 ID（本园区、正在征集合作方）。An open need of the event\'s park', '7c9e6679-7425-40de-944b-e07fc1f90ae7'),
    minMeetings: z.number().int().min(0).max(20).optional().openapi({ description: '该需求至少安排的洽谈场次（默认 1）。Fewest meetings for the need (default 1)', example: 1 }),
    maxMeetings: z.number().int().min(1).max(20).optional().openapi({ description: '该需求最多安排的洽谈场次（默认 2）。Most meetings for the need (default 2)', example: 2 }),
  })
  .strict()
  .openapi('EventNeedEnrolment', { description: '报名的需求及其洽谈场次上下限。An enrolled need with its fewest and most meetings' })

const enrolledExpert = z
  .object({
    expertId: uuid('报名参会的专家 ID。An enrolled expert', '5b2e8f1a-3c4d-4e6f-9a0b-7c8d1e2f3a4b'),
    slots: slotIndexes.optional(),
    cap: z.number().int().min(1).max(50).optional().openapi({ description: '该专家当天最多洽谈场次（默认 3）。Most meetings the expert takes that day (default 3)', example: 3 }),
  })
  .strict()
  .openapi('EventExpertEnrolment', { description: '报名的专家、可出席时段及场次上限。An enrolled expert, the slots they attend and their cap' })

const pair = z
  .object({
    needId: uuid('需求 ID。The need', '7c9e6679-7425-40de-944b-e07fc1f90ae7'),
    expertId: uuid('专家 ID。The expert', '5b2e8f1a-3c4d-4e6f-9a0b-7c8d1e2f3a4b'),
  })
  .strict()
  .openapi('EventPair', { description: '一对需求与专家。A need and an expert' })

const minConfidence = z.number().min(0).max(1).openapi({ description: '“合适洽谈”的匹配把握下限（默认 0.25，与候选列表相同）。The confidence from which a pair is a good meeting (default 0.25, the candidate list\'s floor)', example: 0.25 })

const eventFields = {
  title: requiredText(200, '对接会名称。The event\'s title', '2026 长治高新区新材料产需对接会'),
  date: businessDate('举办日期（北京时间）。The day, Beijing time', '2026-12-18'),
  venue: text(200, '举办地点。Where', '长治高新区科创中心三楼报告厅'),
  slots: z.array(slot).min(1).max(40).openapi({ description: '洽谈时段，按时间先后（最多 40 个）。The slots of the day, in order (at most 40)', example: [{ start: '09:00', end: '09:20' }, { start: '09:25', end: '09:45' }] }),
  tables: z.array(requiredText(40, '洽谈桌或洽谈室名称。A table or room', 'A 桌')).min(1).max(100).openapi({ description: '洽谈桌或洽谈室（每个时段每桌一场）。Tables or rooms: one meeting per table per slot', example: ['A 桌', 'B 桌', '第一洽谈室'] }),
  minConfidence: minConfidence.optional(),
  needs: z.array(enrolledNeed).max(1000).openapi({ description: '报名的需求（整体替换）。The enrolled needs (replaced as a whole)', example: [{ needId: '7c9e6679-7425-40de-944b-e07fc1f90ae7', minMeetings: 1, maxMeetings: 2 }] }),
  experts: z.array(enrolledExpert).max(5000).openapi({ description: '报名的专家（整体替换）。The enrolled experts (replaced as a whole)', example: [{ expertId: '5b2e8f1a-3c4d-4e6f-9a0b-7c8d1e2f3a4b', slots: [0, 1], cap: 3 }] }),
  pins: z.array(pair).max(1000).openapi({ description: '园区指定必须洽谈的配对（整体替换）；规则不允许的配对在求解时报告。Pairs that must meet (replaced as a whole); one the rules refuse is reported at solve', example: [{ needId: '7c9e6679-7425-40de-944b-e07fc1f90ae7', expertId: '5b2e8f1a-3c4d-4e6f-9a0b-7c8d1e2f3a4b' }] }),
  forbids: z.array(pair).max(1000).openapi({ description: '园区排除的配对（整体替换）。Pairs that must not meet (replaced as a whole)', example: [] }),
}

export const eventStatuses = ['draft', 'solved', 'published'] as const

export const SolutionSummarySchema = z
  .object({
    meetings: z.number().int().openapi({ description: '安排的洽谈场次。Meetings assigned and timetabled', example: 42 }),
    needsCovered: z.number().int().openapi({ description: '至少有一场合适洽谈的需求数。Needs with at least one good meeting', example: 18 }),
    needsEnrolled: z.number().int().openapi({ description: '报名需求数。Needs enrolled', example: 20 }),
    shortfall: z.number().int().openapi({ description: '低于各需求最少场次的缺口合计。Meetings short of the needs\' minimums, in all', example: 0 }),
    totalScore: z.number().openapi({ description: '所选洽谈的权重（score）合计，即目标函数值。The total weight (score) of the meetings: the objective', example: 27.4 }),
    lpBound: z.number().nullable().openapi({ description: '线性松弛给出的目标上界。The LP relaxation\'s bound on the objective', example: 27.6 }),
    unplaced: z.number().int().openapi({ description: '已分配但排不进时段的洽谈（已舍去）。Meetings assigned but left out of the timetable', example: 0 }),
    solveMs: z.number().int().openapi({ description: '求解耗时（毫秒）。Solve time in milliseconds', example: 240 }),
    refused: z
      .array(z.object({ needId: uuid('需求 ID。The need'), expertId: uuid('专家 ID。The expert'), rule: z.string().openapi({ description: '拒绝的规则：conflict_of_interest、unavailable、at_capacity、forbidden、no_slot、need_not_taking_partners。The rule that refused', example: 'conflict_of_interest' }), detail: z.string().openapi({ description: '说明。Why', example: '候选人所在单位即需求企业 (works for the enterprise that posted the need)' }) }))
      .openapi({ description: '园区指定但规则不允许的配对。Pinned pairs the rules refused', example: [] }),
  })
  .openapi('EventSolution', { description: '最近一次求解的概况。The last solve, in figures' })

export const EventSchema = z
  .object({
    id: uuid('对接会 ID。Event id', '2d4f6a8c-1b3e-4d5f-8a7c-9e0b1c2d3e4f'),
    parkId: uuid('主办园区 ID。The park holding it', '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d'),
    ...eventFields,
    minConfidence,
    status: z.enum(eventStatuses).openapi({ description: '状态：草稿 → 已求解 → 已发布（邀请已发出）。draft → solved → published (invitations sent)', example: 'solved' }),
    solution: SolutionSummarySchema.nullable(),
    solvedAt: timestamp('最近一次求解时间（UTC 时间）。When it was last solved').nullable(),
    publishedAt: timestamp('发布时间（UTC 时间）。When its invitations were sent').nullable(),
    createdAt: timestamp('创建时间（UTC 时间）。When it was created'),
    updatedAt: timestamp('最后修改时间（UTC 时间）。When it last changed'),
  })
  .openapi('Event', { description: '产需对接会：园区一天内安排多家企业需求与多位专家一对一洽谈。A park\'s matchmaking day of one-to-one meetings' })

export const EventCreateSchema = z
  .object({
    parkId: uuid('主办园区 ID；园区工作人员可不填（即本园区），管理员必填。The park; park staff may omit it (their own), admins must give it', '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d').optional(),
    ...eventFields,
    venue: eventFields.venue.optional(),
    needs: eventFields.needs.optional(),
    experts: eventFields.experts.optional(),
    pins: eventFields.pins.optional(),
    forbids: eventFields.forbids.optional(),
  })
  .strict()
  .openapi('EventCreate', { description: '新建产需对接会。A new event' })

export const EventPatchSchema = z.object(eventFields).partial().strict().openapi('EventPatch', { description: '修改对接会（含报名、指定与排除配对）。Fields to change, enrolment and pins included' })

export const EventListQuerySchema = z.object({ ...paginationQuery, status: z.enum(eventStatuses).optional().openapi({ description: '只看该状态。Only this status', example: 'published' }) })
export const EventPageSchema = pageSchema(EventSchema, 'EventPage')

export type EventRow = RowOf<typeof EventSchema, 'solvedAt' | 'publishedAt' | 'createdAt' | 'updatedAt'>
export type NewEvent = z.infer<typeof EventCreateSchema>
export type EventPatch = z.infer<typeof EventPatchSchema>
export type EventListQuery = z.infer<typeof EventListQuerySchema>
export type SolutionSummary = z.infer<typeof SolutionSummarySchema>
export type EventPairInput = z.infer<typeof pair>

export const toEventResponse = (row: EventRow) => toResponse(EventSchema, row)

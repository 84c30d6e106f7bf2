import { z } from '@hono/zod-openapi'
import { type RowOf, toResponse } from '../../../core/entity.js'
import { expertAvailabilities } from '../../../core/vocabulary.js'
import { paginationQuery, pageSchema } from '../../../platform/http/pagination.js'
import { industryCodes, regionCode, requiredText, searchText, terms, text, timestamp, uuid } from '../../../core/schemas.js'

export const achievementKinds = ['paper', 'patent', 'project', 'award', 'standard'] as const
export type AchievementKind = (typeof achievementKinds)[number]

const availability = z.enum(expertAvailabilities).openapi({
  description: '对接状态：可对接；暂忙（排序靠后）；暂不接受对接（不参与匹配）。available 可对接 · busy 暂忙 (ranked lower) · unavailable 暂不接受对接 (not matched)',
  example: 'available',
})

const achievementKind = z.enum(achievementKinds).openapi({
  description: '成果类型。Achievement kind: paper 论文 · patent 专利 · project 科研项目 · award 奖励 · standard 标准',
  example: 'patent',
})

const achievementFields = {
  title: requiredText(300, '成果名称。Achievement title', '一种高硫煤气化废水酚氨协同回收方法'),
  kind: achievementKind,
  year: z.number().int().min(1950).max(2100).nullable().openapi({ description: '取得或发表年份；未知时为 null。Year obtained or published; null if unknown', example: 2021 }),
  summary: text(2000, '成果简介。Summary of the achievement', '发明专利ZL201910123456.7，已在两家煤化工企业工业化应用，总酚回收率提高至96%。'),
  pinned: z.boolean().openapi({ description: '代表性成果，在专家资料中优先显示。Shown first on the profile (代表性成果)', example: true }),
  excludedFromMatching: z.boolean().openapi({
    description: '保留在专家资料中，但不用于匹配（如已过时或涉密的成果）。Kept on the profile but not used as matching text (e.g. outdated or confidential work)',
    example: false,
  }),
}

export const AchievementSchema = z
  .object({ id: uuid('成果 ID。Achievement id', '5b2e7c1d-3a4f-4d8e-9c6b-1f0a2e3d4c5b'), ...achievementFields })
  .openapi('ExpertAchievement', { description: '专家成果：论文、专利、科研项目、奖励或标准。A paper, patent, project, award or standard' })

export const AchievementInputSchema = z
  .object({
    id: uuid('该专家已有成果的 ID，填写即保留该条；新增成果时不填。Id of an existing achievement of this expert, to keep it; omit for a new one', '5b2e7c1d-3a4f-4d8e-9c6b-1f0a2e3d4c5b').optional(),
    title: achievementFields.title,
    kind: achievementFields.kind,
    year: achievementFields.year.optional(),
    summary: achievementFields.summary.optional(),
    pinned: achievementFields.pinned.optional().openapi({ description: '代表性成果，优先显示；默认 false。Shown first on the profile (代表性成果); default false', example: true }),
    excludedFromMatching: achievementFields.excludedFromMatching
      .optional()
      .openapi({ description: '保留在专家资料中，但不用于匹配；默认 false。Kept on the profile but not used as matching text; default false', example: false }),
  })
  .strict()
  .openapi('ExpertAchievementInput', { description: '一条成果；列表顺序即显示顺序。One achievement; the list order is the display order' })

const expertFields = {
  name: requiredText(50, '姓名。Name', '王建国'),
  title: text(50, '职称，如 教授 / 研究员 / 正高级工程师。Professional title, e.g. 教授 / 研究员 / 正高级工程师', '教授'),
  isAcademician: z.boolean().openapi({ description: '是否院士（中国科学院或中国工程院院士）。member of the Chinese Academy of Sciences or of Engineering', example: false }),
  organisation: text(200, '工作单位。Organisation', '太原理工大学化学工程与技术学院'),
  enterpriseId: uuid(
    '专家任职的本系统内企业 ID（对该企业的技术需求存在利益冲突）；无则为 null。仅管理员和园区工作人员可设置。Employed by this enterprise of the system (a conflict of interest for its needs); null if not. Only admins and park staff set it',
    '8a1e4c2b-6d3f-4e9a-b7c1-2f5d8e0a3b6c',
  ).nullable(),
  disciplines: terms('学科。academic disciplines', ['化学工程与技术', '环境科学与工程']),
  fields: terms('研究领域，用于匹配。fields of work, used for matching', ['煤化工废水处理', '萃取分离']),
  keywords: terms('用于匹配的关键词（最多 100 个，完整的专家资料通常汇集其论文的关键词）。Keywords for matching (at most 100: a real profile unites the keywords of its papers)', ['酚氨回收', '萃取塔', '煤气化'], 100),
  industries: industryCodes('服务的重点产业链（GET /v1/industries 中的代码）。Key industry chains served (codes of GET /v1/industries)', ['modern_coal_chemical', 'new_materials']),
  bio: text(4000, '个人简介。Biography', '长期从事煤化工废水资源化研究，主持国家重点研发计划课题2项，授权发明专利18件。'),
  regionCode: regionCode('专家所在地：6 位行政区划代码；未知时为 null。Where the expert is based: 6-digit administrative division code; null if unknown', '140100').nullable(),
  availability,
  capacity: z.number().int().min(0).max(100).openapi({
    description: '柔性引进：专家可同时承担的对接数（0–100）。how many engagements the expert takes on at once (0–100)',
    example: 3,
  }),
  societyIds: z
    .array(uuid('专家所属学会的 ID。A learned society (学会) the expert belongs to', 'c7d8e9f0-1a2b-4c3d-8e4f-5a6b7c8d9e0f'))
    .max(50)
    .openapi({ description: '所属学会：专家加入的学会 ID 列表（见 GET /v1/societies）。ids of the societies the expert is a member of (GET /v1/societies)', example: ['c7d8e9f0-1a2b-4c3d-8e4f-5a6b7c8d9e0f'] }),
}

const achievementsInput = z
  .array(AchievementInputSchema)
  .max(200)
  .openapi({
    description: '完整的成果列表（按显示顺序），整体替换已保存的列表。The full ordered list of achievements; it replaces the stored list',
    example: [{ title: '一种高硫煤气化废水酚氨协同回收方法', kind: 'patent', year: 2021, pinned: true }],
  })

export const ExpertSchema = z
  .object({
    id: uuid('专家 ID。Expert id', '2d4f6a8c-0e1b-4d3f-9a5c-7e9b1d3f5a7c'),
    ...expertFields,
    achievements: z.array(AchievementSchema).openapi({
      description: '专家成果，按显示顺序；可为空。in display order; may be empty',
      example: [
        {
          id: '5b2e7c1d-3a4f-4d8e-9c6b-1f0a2e3d4c5b',
          title: '一种高硫煤气化废水酚氨协同回收方法',
          kind: 'patent',
          year: 2021,
          summary: '发明专利，已在两家煤化工企业工业化应用。',
          pinned: true,
          excludedFromMatching: false,
        },
      ],
    }),
    createdAt: timestamp('专家登记时间（UTC 时间）。When the expert was registered'),
    updatedAt: timestamp('资料最后修改时间（UTC 时间）。When the profile last changed'),
  })
  .openapi('Expert', { description: '专家：公开的专家资料，用于与技术需求匹配。A published professional profile, matched against technical needs' })

export const ExpertCreateSchema = z
  .object({
    name: expertFields.name,
    title: expertFields.title.optional(),
    isAcademician: expertFields.isAcademician.optional(),
    organisation: expertFields.organisation.optional(),
    enterpriseId: expertFields.enterpriseId.optional(),
    disciplines: expertFields.disciplines.optional(),
    fields: expertFields.fields.optional(),
    keywords: expertFields.keywords.optional(),
    industries: expertFields.industries.optional(),
    bio: expertFields.bio.optional(),
    regionCode: expertFields.regionCode.optional(),
    availability: expertFields.availability.optional(),
    capacity: expertFields.capacity.optional().openapi({ description: '柔性引进：可同时承担的对接数（0–100），默认 3。concurrent engagements (0–100); default 3', example: 3 }),
    achievements: achievementsInput.optional(),
    societyIds: expertFields.societyIds.optional(),
  })
  .strict()
  .openapi('ExpertCreate', { description: '新建专家；姓名与工作单位的组合不得重复。A new expert; name and organisation together must be unique' })

export const ExpertPatchSchema = ExpertCreateSchema.partial()
  .extend({
    capacity: expertFields.capacity.optional(),
    societyIds: expertFields.societyIds.optional().openapi({
      description: '完整的所属学会列表，整体替换已保存的列表。The full set of society memberships; it replaces the stored set',
      example: ['c7d8e9f0-1a2b-4c3d-8e4f-5a6b7c8d9e0f'],
    }),
  })
  .strict()
  .openapi('ExpertPatch', {
    description: '要修改的字段（JSON merge patch）；可为空的字段传 null 即清空；achievements 和 societyIds 整体替换。Fields to change (JSON merge patch); null clears a nullable field; achievements and societyIds replace the whole list',
  })

export const ExpertListQuerySchema = z.object({
  ...paginationQuery,
  availability: availability.optional(),
  industry: z.string().max(40).optional().openapi({ description: '只看服务该产业链（产业链代码）的专家。Only experts serving this industry code', example: 'modern_coal_chemical' }),
  regionCode: regionCode('只看所在地在该地区的专家（行政区划代码）：市级代码（…00）包含其下各区县，省级代码（…0000）包含其下各市。Only experts based in this area (行政区划代码). A city code (…00) covers its districts, a province code (…0000) its cities.').optional(),
  isAcademician: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .openapi({ description: 'true：只看院士；false：只看非院士。true: only academicians (院士); false: only non-academicians', example: 'true' }),
  societyId: uuid('只看该学会的会员专家。Only members of this society', 'c7d8e9f0-1a2b-4c3d-8e4f-5a6b7c8d9e0f').optional(),
  field: searchText(50, '与专家的某一研究领域、学科或关键词完全一致。Exactly one of the expert’s fields, disciplines or keywords', '煤化工废水处理'),
  q: searchText(100, '姓名或工作单位中的文字，或与某一研究领域、关键词完全一致。Free text in name or organisation, or exactly one of the fields or keywords', '太原理工'),
})

export const ExpertPageSchema = pageSchema(ExpertSchema, 'ExpertPage')

export type ExpertRow = RowOf<typeof ExpertSchema, 'createdAt' | 'updatedAt'>
export type ExpertSummaryRow = Pick<ExpertRow, 'id' | 'name' | 'organisation'>
/** An achievement as written: an `id` keeps an existing one across edits. */
export type NewAchievement = z.infer<typeof AchievementInputSchema>
/** The profile's own columns; achievements and memberships are written beside it. */
export type NewExpert = Omit<z.infer<typeof ExpertCreateSchema>, 'achievements' | 'societyIds'>
export type ExpertPatch = Omit<z.infer<typeof ExpertPatchSchema>, 'achievements' | 'societyIds'>
export type ExpertListQuery = z.infer<typeof ExpertListQuerySchema>

export const toExpertResponse = (expert: ExpertRow) => toResponse(ExpertSchema, expert)

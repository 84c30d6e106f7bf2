import { z } from '@hono/zod-openapi'
import { achievementKinds, expertAvailabilities } from '../../domain/experts.js'
import { paginationQuery, pageSchema } from '../../lib/pagination.js'
import { industryCodes, regionCode, requiredText, searchText, terms, text, timestamp, uuid } from '../../lib/schemas.js'

const availability = z.enum(expertAvailabilities).openapi({
  description: 'available 可对接 · busy 暂忙 (ranked lower) · unavailable 暂不接受对接 (not matched)',
  example: 'available',
})

const achievementKind = z.enum(achievementKinds).openapi({
  description: '成果类型: paper 论文 · patent 专利 · project 科研项目 · award 奖励 · standard 标准',
  example: 'patent',
})

const achievementFields = {
  title: requiredText(300, '成果名称', '一种高硫煤气化废水酚氨协同回收方法'),
  kind: achievementKind,
  year: z.number().int().min(1950).max(2100).nullable().openapi({ description: 'Year obtained or published; null if unknown', example: 2021 }),
  summary: text(2000, '成果简介', '发明专利ZL201910123456.7，已在两家煤化工企业工业化应用，总酚回收率提高至96%。'),
  pinned: z.boolean().openapi({ description: 'Shown first on the profile (代表性成果)', example: true }),
  excludedFromMatching: z.boolean().openapi({
    description: 'Kept on the profile but not used as matching text (e.g. outdated or confidential work)',
    example: false,
  }),
}

export const AchievementSchema = z
  .object({ id: uuid('Achievement id', '5b2e7c1d-3a4f-4d8e-9c6b-1f0a2e3d4c5b'), ...achievementFields })
  .openapi('ExpertAchievement', { description: '专家成果: a paper, patent, project, award or standard' })

export const AchievementInputSchema = z
  .object({
    id: uuid('Id of an existing achievement of this expert, to keep it; omit for a new one', '5b2e7c1d-3a4f-4d8e-9c6b-1f0a2e3d4c5b').optional(),
    title: achievementFields.title,
    kind: achievementFields.kind,
    year: achievementFields.year.optional(),
    summary: achievementFields.summary.optional(),
    pinned: achievementFields.pinned.optional().openapi({ description: 'Shown first on the profile (代表性成果); default false', example: true }),
    excludedFromMatching: achievementFields.excludedFromMatching
      .optional()
      .openapi({ description: 'Kept on the profile but not used as matching text; default false', example: false }),
  })
  .strict()
  .openapi('ExpertAchievementInput', { description: 'One achievement; the list order is the display order' })

const expertFields = {
  name: requiredText(50, '姓名', '王建国'),
  title: text(50, '职称, e.g. 教授 / 研究员 / 正高级工程师', '教授'),
  isAcademician: z.boolean().openapi({ description: '院士: member of the Chinese Academy of Sciences or of Engineering', example: false }),
  organisation: text(200, '工作单位', '太原理工大学化学工程与技术学院'),
  enterpriseId: uuid(
    'Employed by this enterprise of the system (a conflict of interest for its needs); null if not. Only admins and park staff set it',
    '8a1e4c2b-6d3f-4e9a-b7c1-2f5d8e0a3b6c',
  ).nullable(),
  disciplines: terms('学科: academic disciplines', ['化学工程与技术', '环境科学与工程']),
  fields: terms('研究领域: fields of work, used for matching', ['煤化工废水处理', '萃取分离']),
  keywords: terms('Keywords for matching (at most 100: a real profile unites the keywords of its papers)', ['酚氨回收', '萃取塔', '煤气化'], 100),
  industries: industryCodes('Key industry chains served (codes of GET /v1/industries)', ['modern_coal_chemical', 'new_materials']),
  bio: text(4000, '个人简介', '长期从事煤化工废水资源化研究，主持国家重点研发计划课题2项，授权发明专利18件。'),
  regionCode: regionCode('Where the expert is based: 6-digit administrative division code; null if unknown', '140100').nullable(),
  availability,
  capacity: z.number().int().min(0).max(100).openapi({
    description: '柔性引进: how many engagements the expert takes on at once (0–100)',
    example: 3,
  }),
  societyIds: z
    .array(uuid('A learned society (学会) the expert belongs to', 'c7d8e9f0-1a2b-4c3d-8e4f-5a6b7c8d9e0f'))
    .max(50)
    .openapi({ description: '学会: ids of the societies the expert is a member of (GET /v1/societies)', example: ['c7d8e9f0-1a2b-4c3d-8e4f-5a6b7c8d9e0f'] }),
}

const achievementsInput = z
  .array(AchievementInputSchema)
  .max(200)
  .openapi({
    description: 'The full ordered list of achievements; it replaces the stored list',
    example: [{ title: '一种高硫煤气化废水酚氨协同回收方法', kind: 'patent', year: 2021, pinned: true }],
  })

export const ExpertSchema = z
  .object({
    id: uuid('Expert id', '2d4f6a8c-0e1b-4d3f-9a5c-7e9b1d3f5a7c'),
    ...expertFields,
    achievements: z.array(AchievementSchema).openapi({
      description: '成果, in display order; may be empty',
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
    createdAt: timestamp('When the expert was registered'),
    updatedAt: timestamp('When the profile last changed'),
  })
  .openapi('Expert', { description: '专家: a published professional profile, matched against technical needs' })

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
    capacity: expertFields.capacity.optional().openapi({ description: '柔性引进: concurrent engagements (0–100); default 3', example: 3 }),
    achievements: achievementsInput.optional(),
    societyIds: expertFields.societyIds.optional(),
  })
  .strict()
  .openapi('ExpertCreate', { description: 'A new expert; name and organisation together must be unique' })

export const ExpertPatchSchema = z
  .object({
    name: expertFields.name.optional(),
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
    capacity: expertFields.capacity.optional(),
    achievements: achievementsInput.optional(),
    societyIds: expertFields.societyIds.optional().openapi({
      description: 'The full set of society memberships; it replaces the stored set',
      example: ['c7d8e9f0-1a2b-4c3d-8e4f-5a6b7c8d9e0f'],
    }),
  })
  .strict()
  .openapi('ExpertPatch', {
    description: 'Fields to change (JSON merge patch); null clears a nullable field; achievements and societyIds replace the whole list',
  })

export const ExpertListQuerySchema = z.object({
  ...paginationQuery,
  availability: availability.optional(),
  industry: z.string().max(40).optional().openapi({ description: 'Only experts serving this industry code', example: 'modern_coal_chemical' }),
  regionCode: regionCode('Only experts based in this area (行政区划代码). A city code (…00) covers its districts, a province code (…0000) its cities.').optional(),
  isAcademician: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .openapi({ description: 'true: only academicians (院士); false: only non-academicians', example: 'true' }),
  societyId: uuid('Only members of this society', 'c7d8e9f0-1a2b-4c3d-8e4f-5a6b7c8d9e0f').optional(),
  field: searchText(50, 'Exactly one of the expert’s fields, disciplines or keywords', '煤化工废水处理'),
  q: searchText(100, 'Free text in name or organisation, or exactly one of the fields or keywords', '太原理工'),
})

export const ExpertPageSchema = pageSchema(ExpertSchema, 'ExpertPage')

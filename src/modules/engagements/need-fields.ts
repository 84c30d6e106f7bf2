import { z } from '@hono/zod-openapi'
import { uuid } from '../../core/schemas.js'
import { concealedDescription } from '../needs/index.js'

/** The need an invitation or a consultation is about, as both name it: the need, its park and enterprise. */
export const needFields = {
  needId: uuid('技术需求 ID。The need', '3f6c2a9e-8b1d-4c7e-9a2f-5d8e1b4c7a90'),
  parkId: uuid("技术需求所属园区 ID。The need's park", 'c4d2e1f0-9a8b-4c7d-8e6f-5a4b3c2d1e0f'),
  enterpriseId: uuid("发布技术需求的企业 ID。The need's enterprise", '8a1e4c2b-6d3f-4e9a-b7c1-2f5d8e0a3b6c'),
}

export const needTitle = z.string().openapi({ description: '技术需求名称。the title of the need', example: '高硫煤气化废水酚氨回收工艺优化' })

/** The need's enterprise as a key reads an invitation or proposal: withheld (null) while a confidential need's enterprise may not be told it. */
export const concealableNeedEnterprise = {
  enterpriseId: uuid(`发布技术需求的企业 ID。The need's enterprise. ${concealedDescription}`, '8a1e4c2b-6d3f-4e9a-b7c1-2f5d8e0a3b6c').nullable(),
}

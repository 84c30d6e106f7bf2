import { z } from '@hono/zod-openapi'
import { type Role, roles } from '../../core/principal.js'

export const MeSchema = z
  .object({
    keyId: z.uuid().openapi({ description: '本次请求所用 API 密钥的 ID。Id of the API key used', example: '5b2d7e1a-3c4f-4a8b-9d0e-1f2a3b4c5d6e' }),
    keyName: z.string().nullable().openapi({ description: '密钥名称，通常是持有人或用途。The key\'s name, usually its holder or purpose', example: '高新区 张主任' }),
    role: z.enum(roles).openapi({ description: '密钥角色，决定能做什么：科协管理员、园区工作人员、企业或专家。What the key may do: admin 科协管理员 · park_staff 园区工作人员 · enterprise 企业 · expert 专家', example: 'park_staff' }),
    parkId: z.uuid().nullable().openapi({ description: '园区工作人员密钥或企业密钥所属的园区 ID。The park of a park_staff or enterprise key', example: 'c4d2e1f0-9a8b-4c7d-8e6f-5a4b3c2d1e0f' }),
    parkName: z.string().nullable().openapi({ description: '所属园区名称。The park\'s name', example: '长治高新技术产业开发区' }),
    enterpriseId: z.uuid().nullable().openapi({ description: '企业密钥对应的企业 ID。The enterprise of an enterprise key', example: null }),
    enterpriseName: z.string().nullable().openapi({ description: '企业密钥对应的企业名称。The enterprise\'s name', example: null }),
    expertId: z.uuid().nullable().openapi({ description: '专家密钥对应的专家 ID。The expert of an expert key', example: null }),
    expertName: z.string().nullable().openapi({ description: '专家密钥对应的专家姓名。The expert\'s name', example: null }),
  })
  .openapi('Me', { description: '当前调用者：API 识别到的身份。The caller as the API sees it' })

export type Me = z.infer<typeof MeSchema>

/**
 * An API key as the service reads it. Keys are issued from the command line (`npm run key`), not
 * through the API, so there is no response schema to derive it from; its hash stays in the table.
 */
export interface ApiKeyRow {
  id: string
  name: string
  prefix: string
  role: Role
  parkId: string | null
  enterpriseId: string | null
  expertId: string | null
  /** The enterprise's park, for enterprise keys. */
  enterpriseParkId: string | null
  createdAt: Date
  revokedAt: Date | null
}

/** A key to store: its hash, never the key itself; the id is generated unless given. */
export type NewApiKey = Pick<ApiKeyRow, 'name' | 'prefix' | 'role'> &
  Partial<Pick<ApiKeyRow, 'id' | 'parkId' | 'enterpriseId' | 'expertId'>> & { keyHash: string }

/** The names a person reads beside a key's ids. */
export type KeyNamesRow = Pick<Me, 'parkName' | 'enterpriseName' | 'expertName'> & { keyName: string }

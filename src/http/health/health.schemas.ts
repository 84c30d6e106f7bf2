import { z } from '@hono/zod-openapi'

export const LivenessSchema = z
  .object({
    status: z.literal('ok').openapi({ description: '进程在运行。The process is alive', example: 'ok' }),
    uptimeSeconds: z.number().openapi({ description: '本实例启动以来的秒数。Seconds since this instance started', example: 3600.5 }),
  })
  .openapi('Liveness', { description: '进程存活，能应答请求。The process answers requests' })

export const ReadinessCheckSchema = z
  .object({
    name: z.enum(['database', 'migrations', 'vector']).openapi({ description: '检查项：数据库（database）、数据库迁移（migrations）或 vector 扩展（vector）。What was checked', example: 'migrations' }),
    ok: z.boolean().openapi({ description: '是否通过。Whether the check passed', example: true }),
    detail: z.string().openapi({ description: '检查结果说明。What was found', example: '3 of 3 applied' }),
  })
  .openapi('ReadinessCheck', { description: '一项就绪检查。One readiness check' })

export const ReadinessSchema = z
  .object({
    status: z.literal('ready').openapi({ description: '全部检查通过。All checks passed', example: 'ready' }),
    checks: z.array(ReadinessCheckSchema).openapi({ description: '各项检查及其结果。Each check and what it found' }),
  })
  .openapi('Readiness', { description: '服务已就绪，可以提供服务：数据库、数据库迁移和 pgvector 均正常。The service can serve traffic: database, migrations and pgvector' })

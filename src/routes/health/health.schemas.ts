import { z } from '@hono/zod-openapi'

export const LivenessSchema = z
  .object({
    status: z.literal('ok').openapi({ description: 'The process is alive', example: 'ok' }),
    uptimeSeconds: z.number().openapi({ description: 'Seconds since this instance started', example: 3600.5 }),
  })
  .openapi('Liveness', { description: 'The process answers requests' })

export const ReadinessCheckSchema = z
  .object({
    name: z.enum(['database', 'migrations', 'vector']).openapi({ description: 'What was checked', example: 'migrations' }),
    ok: z.boolean().openapi({ description: 'Whether the check passed', example: true }),
    detail: z.string().openapi({ description: 'What was found', example: '3 of 3 applied' }),
  })
  .openapi('ReadinessCheck', { description: 'One readiness check' })

export const ReadinessSchema = z
  .object({
    status: z.literal('ready').openapi({ description: 'All checks passed', example: 'ready' }),
    checks: z.array(ReadinessCheckSchema).openapi({ description: 'Each check and what it found' }),
  })
  .openapi('Readiness', { description: 'The service can serve traffic: database, migrations and pgvector' })

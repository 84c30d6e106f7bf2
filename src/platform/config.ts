import type { NeedVisibility } from '../core/vocabulary.js'
import { z } from 'zod'

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1')

/**
 * The one description of every setting the service reads. Parsed once at start (Node) or once
 * per isolate (Workers); everything below receives the parsed `Config`, never the environment.
 */
function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(8787),
  HOST: z.string().min(1).default('0.0.0.0'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' })
    .optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  /**
   * A request not answered by then gets 503 (imports excepted). The statement timeout is enforced
   * by the server, which a stalled connection never reaches; this bounds what a client waits.
   */
  REQUEST_DEADLINE_MS: z.coerce.number().int().min(100).max(600_000).default(20_000),
  DATA_DIR: z.string().min(1).default('data'),
  /** Unset: demo data only into an empty embedded database, never by default into a real server. */
  SEED_DEMO: booleanFlag.optional(),
  MEILI_URL: z.url().optional(),
  MEILI_KEY: z.string().min(1).optional(),
  OPENAI_API_KEY: z.string().min(1).optional(),
  OPENAI_BASE_URL: z.url().optional(),
  EMBEDDING_MODEL: z.string().min(1).default('text-embedding-3-small'),
  EMBEDDING_DIMENSIONS: z.coerce.number().int().min(8).max(4000).default(512),
  /**
   * The embedder without an OpenAI-compatible key: `lsa`, a semantic model fitted on the registry's
   * own profiles, or `hash`, the hashed bag of words (no fitting, no semantics).
   */
  LOCAL_EMBEDDER: z.enum(['lsa', 'hash']).default('lsa'),
  /**
   * Unset: the service serves the docs page's Swagger UI itself at /docs/assets (no CDN). Set only
   * to load it from a host the operator chose, e.g. a mirror of swagger-ui-dist.
   */
  DOCS_ASSETS_URL: z.url().optional(),
  /** How long an invitation waits for the expert's answer before it expires. */
  MATCH_EXPIRY_HOURS: z.coerce.number().int().min(1).max(24 * 90).default(72),
  /**
   * Candidate retrievals a server process keeps (most recently used), each valid while no
   * candidate's index entry changes (modules/matching/retrieval-cache.ts); 0 = none. Tens of KB
   * each. Workers and Meilisearch keep none.
   */
  RETRIEVAL_CACHE_ENTRIES: z.coerce.number().int().min(0).max(100_000).default(1000),
  /** Largest file `POST /v1/import/*` takes; every other body stays limited to 1 MiB. */
  IMPORT_MAX_BYTES: z.coerce.number().int().min(1024).max(2 ** 31).default(64 * 1024 * 1024),
  /** Off: no counting, no RateLimit headers, no 429 (the embedding budget still applies). */
  RATE_LIMIT_ENABLED: booleanFlag.default(true),
  /** Requests per window per API key on every /v1 route; 0 = no limit. */
  RATE_LIMIT_REQUESTS: z.coerce.number().int().min(0).max(10_000_000).default(600),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  /** Candidate rankings per window per key, on top of the general limit (each runs two searches); 0 = no separate limit. */
  RATE_LIMIT_CANDIDATES: z.coerce.number().int().min(0).max(10_000_000).default(60),
  /**
   * Texts per API key per 24 hours that writes and candidate rankings may send to the
   * OpenAI-compatible embeddings provider; 0 = unlimited. The local embedder costs nothing and is
   * never budgeted.
   */
  EMBEDDING_DAILY_BUDGET: z.coerce.number().int().min(0).max(100_000_000).default(2000),
  /**
   * Needs whose text may be sent to the OpenAI-compatible embeddings provider, by visibility
   * (comma-separated `public`, `park`, `private`, or `none`). An enterprise that marks a need
   * private has not agreed to its text reaching a third party; such needs are matched by full text
   * (and the local embedder never sends anything anywhere).
   */
  EMBEDDING_PROVIDER_NEED_VISIBILITY: z
    .string()
    .regex(/^\s*(none|(public|park|private)(\s*,\s*(public|park|private))*)\s*$/, 'must list public, park and/or private (comma-separated), or be none')
    .default('public,park')
    .transform((value) => (value.trim() === 'none' ? [] : value.split(',').map((part) => part.trim() as NeedVisibility))),
  /**
   * The IANA time zone whose calendar days and months the KPI reports count in (and whose today
   * ends the default period). Parks report in China Standard Time.
   */
  /**
   * On: webhook subscriptions may point at loopback, private, link-local and metadata addresses,
   * and use plain http. For tests and local development only: in production a subscriber could
   * otherwise make the service call into its own network (SSRF).
   */
  WEBHOOK_ALLOW_PRIVATE_TARGETS: booleanFlag.default(false),
  REPORT_TIME_ZONE: z
    .string()
    .default('Asia/Shanghai')
    .refine((zone) => isTimeZone(zone), 'must be an IANA time zone such as Asia/Shanghai'),
})

export type Config = z.infer<typeof configSchema>

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`invalid configuration:\n${issues.map((issue) => `  - ${issue}`).join('\n')}`)
    this.name = 'ConfigError'
  }
}

/** Parses settings from `process.env` or a Worker's `env`; empty strings count as unset. */
export function parseConfig(source: Record<string, unknown>): Config {
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, value]) => typeof value === 'string' && value.trim() !== ''),
  )
  const result = configSchema.safeParse(cleaned)
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    )
  }
  return result.data
}

import { describe, expect, it } from 'vitest'
import { ConfigError, parseConfig } from '../src/platform/config.js'

describe('parseConfig', () => {
  it('gives the embedded defaults when nothing is set', () => {
    const config = parseConfig({})
    expect(config.PORT).toBe(8787)
    expect(config.REPORT_TIME_ZONE).toBe('Asia/Shanghai')
    expect(config.DATABASE_URL).toBeUndefined()
    expect(config.DATA_DIR).toBe('data')
    expect(config.SEED_DEMO).toBeUndefined()
  })

  it('treats empty strings as unset', () => {
    expect(parseConfig({ DATABASE_URL: '', PORT: ' ' }).PORT).toBe(8787)
  })

  it('ignores non-string bindings such as a Worker Hyperdrive object', () => {
    expect(parseConfig({ HYPERDRIVE: { connectionString: 'x' }, PORT: '9000' }).PORT).toBe(9000)
  })

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://localhost/db' }, 'DATABASE_URL'],
    [{ LOG_LEVEL: 'verbose' }, 'LOG_LEVEL'],
    [{ SEED_DEMO: 'yes' }, 'SEED_DEMO'],
    [{ EMBEDDING_DIMENSIONS: '3' }, 'EMBEDDING_DIMENSIONS'],
    [{ REPORT_TIME_ZONE: 'Mars/Olympus_Mons' }, 'REPORT_TIME_ZONE'],
    [{ EMBEDDING_PROVIDER_NEED_VISIBILITY: 'public,secret' }, 'EMBEDDING_PROVIDER_NEED_VISIBILITY'],
  ])('rejects %j naming the setting', (env, name) => {
    expect(() => parseConfig(env)).toThrow(ConfigError)
    expect(() => parseConfig(env)).toThrow(new RegExp(`${name}:`))
  })

  it('reads which needs the embeddings provider may be given', () => {
    expect(parseConfig({}).EMBEDDING_PROVIDER_NEED_VISIBILITY).toEqual(['public', 'park'])
    expect(parseConfig({ EMBEDDING_PROVIDER_NEED_VISIBILITY: 'public, park ,private' }).EMBEDDING_PROVIDER_NEED_VISIBILITY).toEqual(['public', 'park', 'private'])
    expect(parseConfig({ EMBEDDING_PROVIDER_NEED_VISIBILITY: 'none' }).EMBEDDING_PROVIDER_NEED_VISIBILITY).toEqual([])
  })

  it('lists every bad setting at once', () => {
    try {
      parseConfig({ PORT: 'x', LOG_LEVEL: 'loud' })
      expect.unreachable()
    } catch (error) {
      expect((error as ConfigError).issues.map((issue) => issue.split(':')[0]).sort()).toEqual(['LOG_LEVEL', 'PORT'])
    }
  })
})

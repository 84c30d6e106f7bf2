import type { SeedAchievement, SeedEnterprise, SeedExpert } from '../../src/modules/demo/seed-writer.js'
import * as vocabulary from '../../seed/demo-vocabulary.js'
import type { Topic } from '../../seed/demo-vocabulary.js'
import { Random } from '../../seed/demo-data.js'

/**
 * Deterministic synthetic experts for the latency benchmark, worded like the demo generator's
 * (seed/demo-data.ts) from the same vocabulary: research fields, keywords, bios and achievements
 * of the topics of an organisation's industries. The vocabulary has 39 topics, so at 100k experts
 * each topic is shared by thousands of profiles: document frequencies are higher than in a real
 * registry, which makes OR full-text queries match more rows (a pessimistic case for ts_rank).
 */


interface TopicRef {
  industry: string
  topic: Topic
}

const topicsByIndustry = new Map(
  vocabulary.industries.map((industry) => [industry.code, industry.topics.map((topic) => ({ industry: industry.code, topic }))]),
)
const journalsByIndustry = new Map(vocabulary.industries.map((industry) => [industry.code, industry.journals]))
const unique = <T>(items: readonly T[]): T[] => [...new Set(items)]
const fill = (template: string, slots: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (match, name: string) => (name in slots ? String(slots[name]) : match))

/** The seed both benchmarks use, so their synthetic registries are the same experts. */
export const syntheticSeed = 20260302

export interface SyntheticExperts {
  experts: SeedExpert[]
  achievements: SeedAchievement[]
}

/**
 * `count` experts that do not collide with `taken` (name, organisation) pairs. About one in twenty
 * works for one of `employers` (a conflict of interest for that enterprise's needs).
 */
export function generateSyntheticExperts(
  count: number,
  options: { seed: number; employers: readonly SeedEnterprise[]; taken: Iterable<string> },
): SyntheticExperts {
  const rng = new Random(options.seed)
  const used = new Set(options.taken)
  const experts: SeedExpert[] = []
  const achievements: SeedAchievement[] = []
  const organisationWeights = vocabulary.organisations.map((org) => [org, org.weight] as const)
  const baseMs = Date.UTC(2026, 2, 2, 1, 0, 0)

  const personName = () => {
    const given = rng.chance(0.7) ? rng.pick(vocabulary.givenNameCharacters) + rng.pick(vocabulary.givenNameCharacters) : rng.pick(vocabulary.givenNameCharacters)
    return rng.pick(vocabulary.surnames) + given
  }

  const chooseTopics = (industries: readonly string[]): TopicRef[] => {
    const primary = rng.pick(industries)
    const chosen = rng.sample(topicsByIndustry.get(primary)!, rng.weighted([[1, 4], [2, 5], [3, 1]] as const))
    const others = industries.filter((code) => code !== primary)
    if (others.length > 0 && rng.chance(0.15)) chosen.push(rng.pick(topicsByIndustry.get(rng.pick(others))!))
    return chosen
  }

  while (experts.length < count) {
    const employer = options.employers.length > 0 && rng.chance(0.05) ? rng.pick(options.employers) : null
    const organisation = employer ? null : rng.weighted(organisationWeights)
    const orgName = employer ? employer.name : organisation!.name
    let name = personName()
    while (used.has(`${name}|${orgName}`)) name = personName()
    used.add(`${name}|${orgName}`)

    const topics = chooseTopics(employer ? employer.industries : organisation!.industries)
    const title = rng.weighted(vocabulary.titlesByKind[employer ? 'enterprise' : organisation!.kind])
    const keywords = unique([
      ...topics.flatMap((ref) => rng.sample(ref.topic.expertKeywords, rng.int(2, 4))),
      // Some experts describe themselves in the words enterprises use.
      ...(rng.chance(0.3) ? [rng.pick(rng.pick(topics).topic.needKeywords)] : []),
    ])
    const fields = unique(topics.map((ref) => ref.topic.field))
    const [kw1 = '', kw2 = kw1] = keywords
    const focus = rng.pick(topics).topic
    const extras = rng.sample(
      [
        '主持国家重点研发计划课题、国家自然科学基金项目多项。',
        `在${kw1}和${kw2}方面积累了丰富的工程化经验，曾为多家企业提供技术咨询服务。`,
        `获省部级科学技术奖${rng.int(1, 4)}项，授权发明专利${rng.int(5, 40)}件。`,
        `参与制定国家和行业标准${rng.int(1, 5)}项。`,
        `近年来围绕${rng.pick(focus.aims)}开展工程应用研究。`,
        `曾协助企业解决${rng.pick(focus.objects)}${rng.pick(focus.issues)}等问题。`,
        `研制的${rng.pick(focus.products)}已在多家企业应用。`,
        `指导研究生${rng.int(10, 60)}名。`,
      ],
      rng.int(1, 3),
    )
    const bio = employer
      ? `${name}，${orgName}${title}，负责${fields[0]}相关技术研发与工程实施。${extras[0]}`
      : `${name}，${orgName}${title}，长期从事${fields.join('、')}研究。${extras.join('')}`
    const availability = rng.weighted([['available', 7], ['busy', 2], ['unavailable', 1]] as const)
    const createdAt = new Date(baseMs + rng.int(0, 200) * 86_400_000 + rng.int(0, 600) * 60_000).toISOString()
    const id = rng.uuid()
    experts.push({
      id,
      name,
      title,
      isAcademician: false,
      organisation: orgName,
      enterpriseId: employer?.id ?? null,
      disciplines: unique(topics.map((ref) => ref.topic.discipline)),
      fields,
      keywords,
      industries: unique(topics.map((ref) => ref.industry)),
      bio,
      regionCode: employer ? null : rng.chance(0.03) ? null : organisation!.regionCode,
      availability,
      capacity: availability === 'unavailable' ? 0 : availability === 'busy' ? rng.int(1, 2) : rng.int(2, 6),
      createdAt,
      updatedAt: createdAt,
    })

    const achievementCount = rng.weighted([[0, 2], [1, 2], [2, 3], [3, 3], [4, 2], [5, 2]] as const)
    for (let position = 0; position < achievementCount; position++) {
      const ref = rng.pick(topics)
      const { topic } = ref
      const [a, b] = rng.sample(topic.expertKeywords, 2) as [string, string]
      const aim = rng.pick(topic.aims)
      const object = rng.pick(topic.objects)
      const year = rng.int(2010, 2026)
      const kind = rng.weighted([['paper', 4], ['patent', 3], ['project', 3], ['award', 1], ['standard', 1]] as const)
      const [achievementTitle, summary] = {
        paper: (): [string, string] => [
          fill(rng.pick(['{a}对{b}性能的影响研究', '基于{a}的{field}方法研究', '{field}研究进展与展望', '{a}过程机理及动力学分析', '{aim}中的关键问题与对策']), { a, b, aim, field: topic.field }),
          `发表于《${rng.pick(journalsByIndustry.get(ref.industry)!)}》${year}年第${rng.int(1, 12)}期`,
        ],
        patent: (): [string, string] => [
          fill(rng.pick(['一种{a}的制备方法', '一种用于{object}的{a}装置', '{a}系统及其控制方法', '一种提高{a}效率的方法']), { a, object }),
          rng.pick(['发明专利，已授权', '发明专利，已在合作企业实施', '实用新型专利，已授权']),
        ],
        project: (): [string, string] => [
          fill(rng.pick(['国家重点研发计划课题：{aim}', '山西省重点研发计划项目：{aim}', '国家自然科学基金面上项目：{a}调控机制研究', '企业委托项目：{object}技术改造']), { aim, a, object }),
          rng.pick([`项目负责人，经费${rng.int(3, 60) * 10}万元`, '主要完成人，已通过验收', '课题负责人，在研']),
        ],
        award: (): [string, string] => [
          `${rng.pick(['山西省科学技术进步奖', '山西省技术发明奖', '中国产学研合作创新成果奖'])}${rng.pick(['一', '二', '三'])}等奖：${aim}`,
          `排名第${rng.int(1, 7)}`,
        ],
        standard: (): [string, string] => [
          fill(rng.pick(['团体标准《{product}》', '行业标准《{aim}技术规范》']), { product: rng.pick(topic.products), aim }),
          rng.pick(['主要起草人', '第一起草人', '参与起草']),
        ],
      }[kind]()
      achievements.push({
        id: rng.uuid(),
        expertId: id,
        position,
        title: achievementTitle,
        kind,
        year,
        summary,
        pinned: position === 0 && rng.chance(0.3),
        excludedFromMatching: rng.chance(0.03),
      })
    }
  }
  return { experts, achievements }
}

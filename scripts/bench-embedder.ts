/**
 * A quick quality probe of the local embedder and its variants (not the labelled evaluation of
 * `npm run bench:quality`). Two probes:
 *
 * - hand: 40 hand-written pairs of an enterprise's need and the expert who fits it, across the
 *   pilot parks' industries, worded so that the pair shares meaning but few words. Each need ranks
 *   all 40 profiles.
 * - demo: the generated demo data (seed/demo-data.ts); a need's relevant experts are those whose
 *   research fields include the topic the need was drawn from. Each need ranks all experts. The
 *   generator words needs and profiles from different keyword lists, but it is still our own
 *   vocabulary, so read it as a second opinion, not as the truth.
 *
 * Figures: MRR and recall@1 of the right profile (hand), nDCG@10 (demo), AUC of related vs
 * unrelated cosines, and separation = mean cosine of related pairs minus unrelated pairs.
 *
 *   npx tsx scripts/bench-embedder.ts          # the variants tried, one change at a time
 *   npx tsx scripts/bench-embedder.ts --grid   # n-gram weights against each other
 */
import { LocalEmbedder, defaultLocalTuning, type LocalTuning } from '../src/modules/matching/embeddings/local.js'
import { generateDemoData } from '../seed/demo-data.js'
import { industries } from '../seed/demo-vocabulary.js'

const handPairs: Array<[need: string, expert: string]> = [
  ['我公司生产的锂电池在冬季低温环境下续航明显缩短，充电速度慢，希望找到改善电池低温性能的办法。', '锂离子电池电解液与低温电化学，主要从事电解液添加剂、负极界面膜调控及宽温域电池研究。'],
  ['焦化厂排放的废水中酚类含量高，现有处理工艺出水COD不达标，需要提升酚的回收与废水处理效果。', '煤化工含酚废水萃取脱酚、高级氧化与生化处理，主持酚氨回收工程设计多项。'],
  ['光伏组件在电站运行几年后发电量下降较快，怀疑存在隐裂和热斑，想引入无人机巡检。', '光伏电站智能运维，基于红外图像与深度学习的组件缺陷检测。'],
  ['液压支架的电磁阀经常卡死漏液，井下维修困难，希望提高阀组可靠性。', '矿山机械液压系统可靠性、电液换向阀失效分析与寿命试验。'],
  ['小米加工后的米糠和碎米大量浪费，想开发高附加值的营养食品。', '谷物化学与杂粮副产物综合利用，米糠膳食纤维、蛋白提取及功能性食品开发。'],
  ['我们的中药饮片批次之间有效成分含量差异大，检验部门要求建立质量标准。', '中药质量控制与指纹图谱，道地药材化学成分分析与含量测定方法学。'],
  ['车间齿轮箱运行声音大、温升高，客户投诉多，需要降噪改进。', '齿轮传动动力学与振动噪声控制，齿形修形与箱体模态分析。'],
  ['生产线上的产品表面缺陷目前靠人工目测，效率低容易漏检，希望上马自动检测设备。', '机器视觉与图像处理，工业表面瑕疵检测算法与深度学习目标检测。'],
  ['钢渣、粉煤灰堆存量大占用土地，希望将其用于生产建材产品。', '固体废弃物资源化，工业固废制备胶凝材料、免烧砖与路基材料。'],
  ['焦炉煤气中含有大量氢气，目前直接燃烧浪费，想提纯制取燃料电池用氢。', '变压吸附气体分离与氢气纯化，吸附剂与PSA工艺。'],
  ['数据中心机房空调耗电量大，PUE偏高，需要节能改造方案。', '数据中心冷却技术，液冷与自然冷源利用、能效评估。'],
  ['原料药合成路线收率低、杂质多，一致性评价进展受阻。', '药物化学与工艺研究，手性合成、杂质谱分析与结晶工艺优化。'],
  ['锅炉排烟温度高，余热白白浪费，希望回收利用降低燃料消耗。', '工业余热回收与换热器强化传热、有机朗肯循环发电。'],
  ['厂区烟气中氮氧化物排放超标，需要脱硝改造达到超低排放。', '大气污染控制工程，选择性催化还原催化剂与低温脱硝。'],
  ['单晶炉拉晶过程中经常断线，晶棒少子寿命不稳定。', '直拉法单晶硅生长，热场设计与晶体缺陷控制。'],
  ['采空区和废弃矿山地表塌陷，植被破坏严重，需要生态修复技术。', '矿区土地复垦与生态重建，煤矿沉陷区治理与植被恢复。'],
  ['公司办公系统要替换成国产软硬件，现有应用迁移到国产数据库遇到兼容问题。', '信创适配与数据库迁移，达梦、人大金仓等国产数据库兼容与性能调优。'],
  ['食用菌采收后剩下的菌渣没有用处，希望变废为宝。', '农业废弃物资源化，菌糠饲料化与有机肥发酵技术。'],
  ['核桃油放置一段时间后酸价升高、出现哈喇味，货架期短。', '油脂化学与油脂氧化稳定性，天然抗氧化剂及包装保鲜。'],
  ['加氢装置催化剂用不了多久就失活，频繁停车更换成本高。', '多相催化与催化剂失活机理，煤焦油加氢精制催化剂设计。'],
  ['碳纤维零件成型后内部有气孔、分层，强度达不到要求。', '复合材料成型工艺与缺陷控制，热压罐与模压工艺、孔隙率调控。'],
  ['我们想给电动环卫车减重，提高一次充电能跑的里程。', '汽车轻量化设计，铝合金与复合材料车身结构优化、整车能耗分析。'],
  ['储能电站电池组温度不均，担心热失控引发火灾。', '电化学储能安全，电池热管理与热失控预警、消防抑制技术。'],
  ['电解槽制氢电耗太高，想降低每方氢气的耗电量。', '碱性水电解与PEM电解，析氢电极催化材料与电解槽结构设计。'],
  ['混凝土浇筑后出现裂缝，坍落度损失快，需要改进外加剂配方。', '混凝土外加剂化学，聚羧酸减水剂分子设计与水泥适应性。'],
  ['矿井排出的水含盐量高，直接外排不达标，想处理后回用。', '矿井水处理与资源化，反渗透膜法脱盐与浓水零排放。'],
  ['设备突然故障停机影响生产，希望能提前发现异常。', '工业互联网与预测性维护，振动信号分析、剩余寿命预测模型。'],
  ['粉体颗粒容易结块，粒度分布不均匀，影响陶瓷制品质量。', '超细粉体制备与表面改性，分散剂与颗粒团聚控制。'],
  ['发酵罐产物浓度上不去，菌种产量低，需要提高发酵水平。', '微生物代谢工程与菌种选育，发酵过程优化与放大。'],
  ['我们生产的体外诊断试剂灵敏度不够，与进口产品有差距。', '免疫分析与生物传感，化学发光检测试剂研发。'],
  ['高压储氢瓶的检测和认证缺少技术支撑，想开发70MPa产品。', '压力容器设计与安全评价，碳纤维缠绕储氢气瓶疲劳与爆破试验。'],
  ['燃料电池大巴冬天启动困难。', '质子交换膜燃料电池低温冷启动与水热管理。'],
  ['费托合成反应器里的蜡和催化剂分离困难，运行不稳定。', '浆态床反应器工程，气液固三相流与催化剂过滤分离。'],
  ['装配式墙板接缝处渗水，保温效果差。', '预制建筑构件连接与建筑围护结构节能、防水密封材料。'],
  ['挥发性有机物排放被环保部门点名，涂装车间废气要治理。', 'VOCs治理，吸附浓缩-催化燃烧与蓄热焚烧技术。'],
  ['针状焦产品质量不稳定，下游电极厂反映热膨胀偏大。', '沥青基炭材料与中间相调控，焦化工艺对针状焦微观结构的影响。'],
  ['焊接机器人焊偏，工件装配误差大时焊缝质量不好。', '焊缝视觉跟踪与激光传感，机器人自适应焊接控制。'],
  ['新药申报需要开展药理毒理实验，公司没有平台。', '药理学与毒理学评价，药物安全性评价及GLP实验研究。'],
  ['视频监控误报太多，想提高厂区安防识别准确率。', '智能视频分析，行人与行为识别、目标检测算法优化。'],
  ['紫外LED芯片亮度低，光衰快，用于消毒效果不好。', '氮化物半导体发光材料与深紫外发光二极管外延生长。'],
]

/** Vectors as sparse maps, so the unhashed variant is as cheap as the hashed ones. */
type Sparse = Map<number | string, number>
type Vectorise = (texts: string[]) => Sparse[]

function sparse(vector: number[]): Sparse {
  const map: Sparse = new Map()
  vector.forEach((value, i) => value !== 0 && map.set(i, value))
  return map
}

interface Figures {
  mrr?: number
  recallAt1?: number
  ndcgAt10?: number
  auc: number
  separation: number
}

/** Both are unit vectors, so the dot product is the cosine. */
function cosine(a: Sparse, b: Sparse): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let dot = 0
  for (const [key, value] of small) dot += value * (large.get(key) ?? 0)
  return dot
}

/** AUC by ranks: the chance that a random related pair scores above a random unrelated one. */
function auc(related: number[], unrelated: number[]): number {
  const all = [...related.map((s) => [s, 1] as const), ...unrelated.map((s) => [s, 0] as const)].sort((a, b) => a[0] - b[0])
  let rankSum = 0
  for (let i = 0; i < all.length; ) {
    let j = i
    while (j < all.length && all[j]![0] === all[i]![0]) j++
    const midRank = (i + j + 1) / 2
    for (let k = i; k < j; k++) if (all[k]![1] === 1) rankSum += midRank
    i = j
  }
  const n1 = related.length
  const n0 = unrelated.length
  return (rankSum - (n1 * (n1 + 1)) / 2) / (n1 * n0)
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length

function handProbe(vectorise: Vectorise): Figures {
  const needs = vectorise(handPairs.map(([need]) => need))
  const experts = vectorise(handPairs.map(([, expert]) => expert))
  const related: number[] = []
  const unrelated: number[] = []
  let reciprocal = 0
  let first = 0
  needs.forEach((need, i) => {
    const scores = experts.map((expert) => cosine(need, expert))
    const own = scores[i]!
    const rank = 1 + scores.filter((score, j) => j !== i && score >= own).length
    reciprocal += 1 / rank
    if (rank === 1) first++
    scores.forEach((score, j) => (j === i ? related : unrelated).push(score))
  })
  return {
    mrr: reciprocal / needs.length,
    recallAt1: first / needs.length,
    auc: auc(related, unrelated),
    separation: mean(related) - mean(unrelated),
  }
}

const demo = (() => {
  const data = generateDemoData()
  const industryName = new Map(industries.map((industry) => [industry.code, industry.name]))
  const topicOfNeedKeyword = new Map<string, string>()
  for (const industry of industries) {
    for (const topic of industry.topics) for (const keyword of topic.needKeywords) topicOfNeedKeyword.set(keyword, topic.field)
  }
  const achievements = new Map<string, string[]>()
  for (const row of data.achievements) {
    if (row.excludedFromMatching) continue
    achievements.set(row.expertId, [...(achievements.get(row.expertId) ?? []), `${row.title}${row.summary}`])
  }
  const experts = data.experts.map((expert) => ({
    fields: new Set(expert.fields),
    text: [expert.fields.join('；'), expert.keywords.join('；'), ...(achievements.get(expert.id) ?? []), expert.bio].join('。'),
  }))
  const needs = data.needs.map((need) => ({
    topic: need.keywords.map((keyword) => topicOfNeedKeyword.get(keyword)).find(Boolean),
    text: [need.title, need.background, need.problem, need.goals, need.keywords.join('；'), industryName.get(need.industryCode)].join('。'),
  }))
  return { experts, needs: needs.filter((need) => need.topic !== undefined) as Array<{ topic: string; text: string }> }
})()

function demoProbe(vectorise: Vectorise): Figures {
  const experts = vectorise(demo.experts.map((expert) => expert.text))
  const needs = vectorise(demo.needs.map((need) => need.text))
  const related: number[] = []
  const unrelated: number[] = []
  let ndcg = 0
  needs.forEach((need, i) => {
    const topic = demo.needs[i]!.topic
    const scored = experts.map((expert, j) => ({ score: cosine(need, expert), relevant: demo.experts[j]!.fields.has(topic) }))
    for (const { score, relevant } of scored) (relevant ? related : unrelated).push(score)
    scored.sort((a, b) => b.score - a.score)
    const dcg = scored.slice(0, 10).reduce((sum, { relevant }, k) => sum + (relevant ? 1 / Math.log2(k + 2) : 0), 0)
    const relevantCount = scored.filter((item) => item.relevant).length
    let ideal = 0
    for (let k = 0; k < Math.min(10, relevantCount); k++) ideal += 1 / Math.log2(k + 2)
    ndcg += ideal === 0 ? 0 : dcg / ideal
  })
  return { ndcgAt10: ndcg / needs.length, auc: auc(related, unrelated), separation: mean(related) - mean(unrelated) }
}

/** The same terms without hashing: how much the buckets lose. */
function exactVectorise(embedder: LocalEmbedder): Vectorise {
  return (texts) => {
    return texts.map((text) => {
      const terms = embedder.terms(text)
      let sum = 0
      for (const weight of terms.values()) sum += weight * weight
      const scale = sum === 0 ? 0 : 1 / Math.sqrt(sum)
      const vector: Sparse = new Map()
      for (const [key, weight] of terms) vector.set(key, weight * scale)
      return vector
    })
  }
}

const variants: Array<[name: string, tuning: Partial<LocalTuning>, dimensions?: number]> = [
  ['bigrams only (like the full-text terms)', { words: 0, bigrams: 1, unigrams: 0, stopTerms: false, genreTerms: false, breakAtStopWords: false, dropNumbers: false }],
  ['words + bigrams, nothing else', { bigrams: 1, unigrams: 0, stopTerms: false, genreTerms: false, breakAtStopWords: false, dropNumbers: false }],
  ['  + stop terms', { bigrams: 1, unigrams: 0, genreTerms: false, breakAtStopWords: false, dropNumbers: false }],
  ['  + genre terms', { bigrams: 1, unigrams: 0, breakAtStopWords: false, dropNumbers: false }],
  ['  + break runs at stop words', { bigrams: 1, unigrams: 0, dropNumbers: false }],
  ['  + drop numbers', { bigrams: 1, unigrams: 0 }],
  ['  + trigrams 0.5', { bigrams: 1, unigrams: 0, trigrams: 0.5 }],
  ['  + unigrams 0.5', { bigrams: 1 }],
  ['  bigrams 0.5 (the default)', {}],
  ['  default + trigrams 0.25', { trigrams: 0.25 }],
  ['  default without bigrams', { bigrams: 0 }],
  ['  default without unigrams', { unigrams: 0 }],
  ['  default, unigrams 0.25', { unigrams: 0.25 }],
  ['  default without stop or genre terms', { stopTerms: false, genreTerms: false }],
  ['  default without genre terms', { genreTerms: false }],
  ['words only, stop and genre terms', { bigrams: 0, unigrams: 0 }],
  ['default at 256 dimensions', {}, 256],
  ['default at 1024 dimensions', {}, 1024],
]

if (process.argv.includes('--grid')) {
  variants.length = 0
  for (const bigrams of [0, 0.25, 0.5, 1])
    for (const unigrams of [0, 0.25, 0.5])
      for (const trigrams of [0, 0.25])
        variants.push([`bigrams ${bigrams}, unigrams ${unigrams}, trigrams ${trigrams}`, { bigrams, unigrams, trigrams }])
}

const format = (value: number | undefined) => (value === undefined ? '    –' : value.toFixed(3).padStart(6))
const header = `${'variant'.padEnd(50)} hand: MRR    R@1    AUC    sep | demo: nDCG@10  AUC    sep | unhashed: hand MRR  AUC  demo nDCG@10`
console.log(header)
console.log('-'.repeat(header.length))
for (const [name, tuning, dimensions = 512] of variants) {
  const embedder = new LocalEmbedder({ dimensions, tuning })
  const hashed: Vectorise = (texts) => texts.map((text) => sparse(embedder.embedOne(text)))
  const hand = handProbe(hashed)
  const generated = demoProbe(hashed)
  const exactHand = handProbe(exactVectorise(embedder))
  const exactDemo = demoProbe(exactVectorise(embedder))
  console.log(
    `${name.padEnd(50)} ${format(hand.mrr)} ${format(hand.recallAt1)} ${format(hand.auc)} ${format(hand.separation)} |    ${format(generated.ndcgAt10)}  ${format(generated.auc)} ${format(generated.separation)} |     ${format(exactHand.mrr)} ${format(exactHand.auc)} ${format(exactDemo.ndcgAt10)}`,
  )
}

// Throughput on the demo texts, which are longer than most.
const embedder = new LocalEmbedder({ dimensions: 512 })
const texts = [...demo.experts.map((expert) => expert.text), ...demo.needs.map((need) => need.text)]
const chars = texts.reduce((sum, text) => sum + text.length, 0)
embedder.embedOne(texts[0]!)
const started = performance.now()
const rounds = 5
for (let round = 0; round < rounds; round++) for (const text of texts) embedder.embedOne(text)
const seconds = (performance.now() - started) / 1000
console.log(
  `\nspeed: ${Math.round((texts.length * rounds) / seconds)} texts/s (mean ${Math.round(chars / texts.length)} characters), model ${embedder.model}, tuning ${JSON.stringify(defaultLocalTuning)}`,
)

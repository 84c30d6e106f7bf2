import type { z } from 'zod'

/**
 * Validation messages a park officer can read: Chinese first, zod's English after it, and the field
 * named in both (`标题 title`). zod's own zh-CN locale is not used: it calls a string's length a
 * "数值", and says "实际接收 undefined" for any wrong type, because a finished issue no longer holds
 * its input.
 */

/** Chinese names of the fields people type on the docs page; any other field keeps its own name. */
const fieldLabels: Record<string, string> = {
  'idempotency-key': '幂等键',
  'if-match': '版本标记',
  code: '代码',
  name: '名称',
  description: '说明',
  limit: '每页条数',
  cursor: '翻页游标',
  regionCode: '行政区划代码',
  industry: '产业链',
  industries: '产业链',
  industryCode: '产业链代码',
  keyIndustries: '重点产业链',
  q: '搜索词',
  id: 'id',
  parkId: '园区',
  size: '企业规模',
  isKey: '是否重点企业',
  uscc: '统一社会信用代码',
  contactName: '联系人',
  contactPhone: '联系电话',
  contactEmail: '联系邮箱',
  enterpriseId: '企业',
  status: '状态',
  kind: '类型',
  kinds: '类型',
  visibility: '可见范围',
  title: '标题',
  background: '背景',
  problem: '技术难题',
  goals: '目标',
  keywords: '关键词',
  budgetMinFen: '预算下限（分）',
  budgetMaxFen: '预算上限（分）',
  trlWanted: '期望技术成熟度',
  deadline: '截止日期',
  candidateKind: '候选类型',
  candidateId: '候选',
  message: '留言',
  expiresInHours: '有效时长（小时）',
  needId: '技术需求',
  reason: '理由',
  mode: '方式',
  scheduledAt: '预约时间',
  matchId: '对接邀请',
  heldAt: '举行时间',
  hours: '时长（小时）',
  summary: '纪要',
  rating: '评分',
  comment: '意见',
  counterpartKind: '合同相对方类型',
  counterpartId: '合同相对方',
  consultationIds: '咨询',
  valueFen: '合同金额（分）',
  signedOn: '签订日期',
  registrationNumber: '登记编号',
  reviewStatus: '审核状态',
  outcomes: '成果',
  newProducts: '新产品数',
  addedRevenueFen: '新增收入（分）',
  patentsFiled: '专利申请数',
  patentsGranted: '专利授权数',
  jobsCreated: '新增就业',
  evidence: '证明材料',
  from: '起始日期',
  to: '截止日期',
  chart: '图表',
  availability: '可约状态',
  organisation: '单位',
  disciplines: '学科',
  fields: '领域',
  bio: '简介',
  capacity: '接单上限',
  entityType: '对象类型',
  entityId: '对象 id',
}

/** `标题 title` for `body.title`; for an item of a list, the list's field (`证明材料 evidence`). */
export function fieldLabel(path: readonly PropertyKey[]): string {
  const name = [...path].reverse().find((part) => typeof part === 'string')
  if (name === undefined) return '请求体 body'
  const label = fieldLabels[name]
  return label && label !== name ? `${label} ${name}` : name
}

const typeNames: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: '是或否（true/false）',
  array: '列表',
  object: '对象',
  date: '日期',
}

const formatNames: Record<string, string> = {
  uuid: 'UUID（形如 3f6c2a1e-…，可从列表或详情中复制）',
  datetime: '带时区的时间，如 2026-12-05T09:30:00+08:00',
  date: '日期，如 2026-12-05',
  email: '电子邮件地址',
  url: '网址（http:// 或 https://）',
  regex: '规定的格式',
}

function sizeMessage(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, bound: 'min' | 'max'): string {
  const limit = String('minimum' in issue ? issue.minimum : issue.maximum)
  const atLeast = bound === 'min'
  switch (issue.origin) {
    case 'string':
      return atLeast ? (limit === '1' ? '不能为空' : `至少 ${limit} 个字符`) : `最多 ${limit} 个字符`
    case 'array':
    case 'set':
      return atLeast ? `至少 ${limit} 项` : `最多 ${limit} 项`
    default:
      if (issue.inclusive === false) return atLeast ? `须大于 ${limit}` : `须小于 ${limit}`
      return atLeast ? `不能小于 ${limit}` : `不能大于 ${limit}`
  }
}

/** The Chinese half of one zod issue's message. */
export function chineseMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      // A finished issue has no input; zod's English message still says what was received.
      if (/received undefined$/.test(issue.message)) return '必填'
      return `应为${typeNames[issue.expected] ?? issue.expected}`
    case 'too_small':
      return sizeMessage(issue, 'min')
    case 'too_big':
      return sizeMessage(issue, 'max')
    case 'invalid_value':
      return `只能是以下之一：${issue.values.map((value) => String(value)).join('、')}`
    case 'invalid_format':
      return `格式不对：应为${formatNames[issue.format] ?? issue.format}`
    case 'not_multiple_of':
      return `应为 ${String(issue.divisor)} 的整数倍`
    case 'unrecognized_keys':
      return `不认识的字段：${issue.keys.join('、')}`
    case 'invalid_union':
      return '不符合任何一种允许的写法'
    default:
      return '不符合要求'
  }
}

/** The message people read: Chinese, then English; a project message already in Chinese stays as it is. */
export function bilingualMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'custom' || /\p{Script=Han}/u.test(issue.message)) return issue.message
  return `${chineseMessage(issue)} · ${issue.message}`
}

import type { AppOpenAPI } from './types.js'

/**
 * Operations are grouped by who does the job, Chinese first with English alongside: Swagger UI's
 * filter box searches these names, so 合同 or 统计 finds the operations a person is looking for.
 * The order here is the page's order: park staff's jobs first, the system's last.
 */
export const tags = {
  parkStats: '园区 · 本园区统计 KPI · Park staff: KPIs',
  contractReview: '园区 · 合同核验 · Park staff: contract review',
  audit: '审计日志 · Audit log',
  needs: '企业 · 技术需求 · Enterprise: needs',
  candidates: '企业 · 候选与邀请 · Enterprise: candidates and invitations',
  invitations: '专家 · 收到的邀请 · Expert: invitations',
  proposals: '揭榜 · 方案提交与采纳 · Proposals (揭榜)',
  consultations: '咨询 · Consultations',
  contracts: '技术合同 · Technology contracts',
  talent: '名录 · 专家 学会 工作站 · Registry: experts, societies, workstations',
  organisations: '名录 · 企业 园区 产业链 · Registry: enterprises, parks, industries',
  admin: '管理员 · 全局统计与导入 · Admin: association KPIs and import',
  webhooks: '事件推送 · Webhooks',
  events: '园区 · 产需对接会 · Park staff: matchmaking events',
  account: '账户与系统 · Account and system',
} as const

const tagDescriptions: Record<keyof typeof tags, string> = {
  parkStats: '园区工作人员查看本园区的对接漏斗、合同金额、成果与合作方排行；可下载 CSV（Excel 直接打开）或图表 SVG。Park staff read their park\'s funnel, contract value, outcomes and top partners, as JSON, CSV or a chart.',
  contractReview: '园区工作人员核验或驳回已完成的技术合同（需填写意见），并查看每次修订与审核。Park staff verify or reject completed contracts with their own comment, and read every revision and review.',
  audit: '谁在何时改了什么：只列出变化的字段，附名称。园区工作人员看本园区，管理员看全部。Who changed what and when, as a diff with names: park staff see their park, admins everything.',
  needs: '企业发布和修改技术需求（技术难题、预算、期限）。Enterprises post and change their technical needs.',
  candidates: '为需求推荐专家、学会、工作站（附推荐理由与置信度），并发出对接邀请。Ranked candidates for a need, with reasons and confidence, and invitations to them.',
  invitations: '专家查看、接受或婉拒收到的对接邀请（72 小时内答复）。Experts read, accept or decline the invitations they receive (answer within 72 hours).',
  proposals: '需求开放揭榜后，专家（或学会、工作站经其联络专家）提交方案；企业和园区工作人员对照推荐理由查看、入围、不采纳或采纳，采纳即成为已接受的对接。Once a need is open for proposals, experts (or societies and workstations through their expert) submit one; the need\'s side reads them beside the ranking\'s reasons and shortlists, declines or accepts, which makes an accepted match.',
  consultations: '邀请被接受后安排、改期、完成、取消和评价咨询。Consultations on an accepted invitation: schedule, reschedule, hold, cancel, rate.',
  contracts: '双方登记、签订、履行、完成、终止和修订技术合同。Both parties record, sign, perform, complete, terminate and revise technology contracts.',
  talent: '专家库、学会、院士专家工作站。The registry of experts, learned societies and academician workstations.',
  organisations: '企业、试点园区、重点产业链。Enterprises, pilot parks and the key industry chains.',
  admin: '科协管理员：跨园区统计与科技工作者状况、批量导入。The association\'s admins: KPIs across parks and bulk import.',
  webhooks: '订阅与自己相关的事件（邀请、揭榜、咨询、合同、需求），服务按 Standard Webhooks 签名后推送到您的网址，失败自动重试 24 小时；可查看投递记录并手动重发。Subscribe to the events that concern you; they are POSTed to your URL signed (Standard Webhooks), retried for 24 hours, with a delivery log and manual redeliver.',
  events: '园区工作人员组织产需对接会：设定日期、时段和洽谈桌，报名需求与专家（含可出席时段与场次上限），由求解器在利益冲突、负荷与公平约束下给出最优的一对一洽谈安排与日程，可指定或排除配对后重新求解，发布即批量发出对接邀请，日程可导出 CSV。Park staff run matchmaking days: slots and tables, enrolled needs and experts, an optimal assignment and timetable under conflicts, caps and fairness, pins and forbids, bulk invitations on publish, agenda CSV.',
  account: '当前密钥的身份与权限、服务健康检查。Who this key is, and whether the service is up.',
}

export const openApiInfo = {
  openapi: '3.1.0',
  info: {
    title: '科创中国 产需对接服务 API (Sci-Tech China matchmaking)',
    version: '0.1.0',
    description: [
      '为企业的技术需求匹配专家、学会和院士专家工作站，并跟踪随后的技术咨询与技术合同。',
      '',
      '**如何使用本页**：在页面顶部粘贴科协发给您的 API 密钥并回车；页面会按您的角色列出常用操作，点一项即打开。每次请求的结果下方可直接选择对某条记录的下一步操作（id 自动填好）。示例只供查看，不会替您提交任何 id 或意见。',
      '',
      '- **园区工作人员**：查看本园区 KPI（图表、CSV）→「园区 · 本园区统计 KPI」；核验或退回合同 →「园区 · 合同核验」；查谁改了什么 →「审计日志」。',
      '- **企业**：发布技术需求 →「企业 · 技术需求」；看推荐并发出邀请 →「企业 · 候选与邀请」。',
      '- **专家**：答复邀请 →「专家 · 收到的邀请」；咨询 →「咨询」。',
      '- **科协管理员**：全局统计与导入 →「管理员 · 全局统计与导入」。',
      '',
      '金额以“分”为单位（统计同时给出“万元”），时间为带时区的 ISO 8601（统计同时给出北京时间）；出错时返回 `application/problem+json`，字段错误先写中文。',
      '',
      'Matches enterprises\' technical needs (技术需求) with experts (专家), learned societies (学会) and workstations (工作站), and follows the consultations and technology contracts that result.',
      '',
      'Authorise with an API key (`Authorization: Bearer <key>`): the key field at the top of this page (or the **Authorize** button) stores it for every call on this page.',
      'Errors are `application/problem+json` (RFC 9457); validation failures are **400** with each field in `errors`.',
      'Ids are UUIDs, times ISO 8601 with zone, money integer fen (分).',
      'Each key is rate limited: every /v1 answer carries `RateLimit-Policy` and (except on Workers, where only a 429 does) `RateLimit` (draft-ietf-httpapi-ratelimit-headers); past a limit the answer is **429** with `Retry-After`.',
    ].join('\n'),
  },
  // The spec's default made explicit (linters want servers named): the host that serves this document.
  servers: [{ url: '/', description: '本服务（与本页同一地址） · This service, at the address of this page' }],
  tags: (Object.keys(tags) as (keyof typeof tags)[]).map((key) => ({ name: tags[key], description: tagDescriptions[key] })),
}

export function registerSecurity(app: AppOpenAPI): void {
  app.openAPIRegistry.registerComponent('securitySchemes', 'apiKey', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API key issued by the association (科协); each carries one role and scope.',
  })
}

/** The document served at /openapi.json and written to openapi/openapi.json. */
export function buildOpenApiDocument(app: AppOpenAPI) {
  return app.getOpenAPI31Document({ ...openApiInfo, security: [{ apiKey: [] }] })
}

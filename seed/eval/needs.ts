import type { NeedKind } from '../demo-vocabulary.js'

/**
 * The labelled evaluation set of `npm run bench:quality`: enterprise needs written by hand (not by
 * the demo generator) with the demo experts, societies and workstations judged relevant to each.
 * How they were written and judged: seed/eval/README.md. Grades: `right` = 2 (the right
 * candidate), `partial` = 1 (partially relevant); every candidate not listed is 0.
 *
 * Needs are worded as an enterprise would state the problem (symptoms, plant, product), not in the
 * expert's discipline terms, so that a need and its right experts share few words.
 */

export interface JudgedIds {
  right: string[]
  partial: string[]
}

export interface EvalNeed {
  /** Fixed; the bench inserts the need under this id. */
  id: string
  /** The demo enterprise that posts it (its own experts are not judged: conflict of interest). */
  enterpriseId: string
  industryCode: string
  kind: NeedKind
  title: string
  background?: string
  problem: string
  goals: string
  keywords: string[]
  /**
   * The judging brief: the research direction (a demo topic's field) that answers the need, the
   * profile terms that mark its right experts within that field (none: all of them), and
   * neighbouring directions whose experts are partially relevant.
   */
  judging: { field: string; focus: string[]; related: Array<{ field: string; focus: string[] }> }
  judged: { expert: JudgedIds; society: JudgedIds; workstation: JudgedIds }
}

export const evalNeeds: EvalNeed[] = [
  {
    id: 'e7a1e000-0000-4000-8000-000000000001',
    enterpriseId: '18585a99-c3c4-4f56-98e6-ef86512ffcbc',
    industryCode: 'new_materials',
    kind: 'breakthrough',
    title: '纯电动物流车电池包上盖以塑代钢减重',
    background: '公司为省内两家新能源商用车厂配套电池包壳体，年供货约3万套，客户今年提出整包减重指标。',
    problem: '现用钢板冲压上盖单件重18kg。试制的环氧/高强纤维层合上盖在短梁剪切试验中层与层之间容易分开，断口处纤维表面光秃、胶粘不牢，且固化后内部气孔偏多，两次送样均未通过客户认证。',
    goals: '上盖减重40%以上，短梁剪切强度不低于90MPa，通过电池包挤压与IP67试验，形成年产2万件的批量工艺。',
    keywords: ['电池包上盖', '以塑代钢', '分层开裂', '纤维上浆剂'],
    judging: { field: '碳纤维增强树脂基复合材料', focus: ['界面改性'], related: [] },
    judged: {
      expert: {
        right: [
          '5eaf43bf-2201-4af8-a3b9-064e4c056e73', '7875c3bf-b1d3-4a44-95da-d4df63018006', 'f1f769ac-7643-4c9b-abb4-6aba41a3e15d',
          'b4e46302-1493-4706-aba9-25205f2822f1', 'dcf8ee3a-3bb2-46f7-943f-acf4bb094d2e', '02d5ba27-dc3e-4b47-a7cc-b01740582fb4',
          '510f5d72-4fb9-4e1a-aebc-0aa71c75b2fd', '33a15a6a-d7af-4bcf-9516-296798370ee5', '626423ae-4c30-4e3e-bba7-7fd25bf4c077',
          '86d8e8f6-a2d9-45f3-8f9c-b156b812cbc6', 'e7a96c1c-ab25-47ea-b643-0ebf04d6c904', '8c4a1b95-ac90-4056-a579-854b75906cfe',
          'bb2f5c34-ba6e-4dd0-8951-036dd3424558', '3c0628ec-14eb-4589-8038-e620e4da1a3c',
        ],
        partial: [
          '60cea143-5b87-46b9-9bee-58bda88a411f', '1986ef2a-f3fd-4658-9ade-712d5d227e4f', 'fda0904f-caf8-45d2-b324-81f86bfef8b4',
          'e7804e6a-4d50-428c-8a96-6c58267fe480', '4f464709-fbac-44a0-9dde-44a9ba3097c6', '749afbe9-1e7c-49d4-b733-f0c209b5af6b',
          'd484d674-ba23-48c9-937e-3f342079573e', 'b3f91755-2d04-4a36-8504-317b80067ad9', '94ecca6a-6ddb-4d7e-b62e-45f366b8aef2',
          '7dc47055-874a-4451-b171-75bc3a74c910', '41157737-1580-4edc-8274-6e290c330b4b', '8b810615-bc74-4c6b-88f4-57218e3bd890',
          '9d47a596-ef08-425f-a1c7-dffb1f5e7cd3', '984b4465-0c6b-4716-91c5-3f99d39969b2', 'f58d7e48-924f-45e7-852a-076c79289c3a',
        ],
      },
      society: {
        right: [],
        partial: [
          '308c76df-1786-44df-ba54-faff19c2c1a1', 'f887c397-5b64-4a01-b298-5fea5d925f1d',
        ],
      },
      workstation: {
        right: [
          'a9382da7-cfd1-4281-b87e-c14e222ecd56', '7cd03aa1-a646-4d53-8ecb-edf598599ad9', '9bcd2c32-5df0-4766-9a03-99b151031757',
          '7413c344-c563-40a2-be2d-2cd9db1c0849',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000002',
    enterpriseId: '2eb45a04-fa66-49fb-ab8d-188d30a8410a',
    industryCode: 'new_materials',
    kind: 'transfer',
    title: '无人机蒙皮用浸胶单向带国产化',
    problem: '公司生产工业无人机机翼蒙皮，所用浸胶单向带和织物半成品全部从日本进口，到货周期4个月，室温下存放不到30天就发硬；试用的国产样品铺贴时发粘性差，凝胶时间忽长忽短。',
    goals: '引进成熟的热熔法浸胶生产线及配方，半成品室温存放期≥21天、-18℃存放期≥12个月，含胶量偏差±2%，成本比进口降低30%。',
    keywords: ['单向带', '热熔浸胶', '存放期', '进口替代'],
    judging: { field: '碳纤维增强树脂基复合材料', focus: ['预浸料'], related: [] },
    judged: {
      expert: {
        right: [
          '60cea143-5b87-46b9-9bee-58bda88a411f', '1986ef2a-f3fd-4658-9ade-712d5d227e4f', 'fda0904f-caf8-45d2-b324-81f86bfef8b4',
          'e7804e6a-4d50-428c-8a96-6c58267fe480', '4f464709-fbac-44a0-9dde-44a9ba3097c6', '7875c3bf-b1d3-4a44-95da-d4df63018006',
          '749afbe9-1e7c-49d4-b733-f0c209b5af6b', 'd484d674-ba23-48c9-937e-3f342079573e', 'b3f91755-2d04-4a36-8504-317b80067ad9',
          '94ecca6a-6ddb-4d7e-b62e-45f366b8aef2', 'f1f769ac-7643-4c9b-abb4-6aba41a3e15d', 'dcf8ee3a-3bb2-46f7-943f-acf4bb094d2e',
          '7dc47055-874a-4451-b171-75bc3a74c910', '41157737-1580-4edc-8274-6e290c330b4b', '510f5d72-4fb9-4e1a-aebc-0aa71c75b2fd',
          '8b810615-bc74-4c6b-88f4-57218e3bd890', '86d8e8f6-a2d9-45f3-8f9c-b156b812cbc6', '8c4a1b95-ac90-4056-a579-854b75906cfe',
          '9d47a596-ef08-425f-a1c7-dffb1f5e7cd3',
        ],
        partial: [
          '5eaf43bf-2201-4af8-a3b9-064e4c056e73', 'b4e46302-1493-4706-aba9-25205f2822f1', '02d5ba27-dc3e-4b47-a7cc-b01740582fb4',
          '33a15a6a-d7af-4bcf-9516-296798370ee5', '626423ae-4c30-4e3e-bba7-7fd25bf4c077', 'e7a96c1c-ab25-47ea-b643-0ebf04d6c904',
          'bb2f5c34-ba6e-4dd0-8951-036dd3424558', '984b4465-0c6b-4716-91c5-3f99d39969b2', '3c0628ec-14eb-4589-8038-e620e4da1a3c',
          'f58d7e48-924f-45e7-852a-076c79289c3a',
        ],
      },
      society: {
        right: [],
        partial: [
          '308c76df-1786-44df-ba54-faff19c2c1a1', 'f887c397-5b64-4a01-b298-5fea5d925f1d',
        ],
      },
      workstation: {
        right: [
          'a9382da7-cfd1-4281-b87e-c14e222ecd56', '7cd03aa1-a646-4d53-8ecb-edf598599ad9', '9bcd2c32-5df0-4766-9a03-99b151031757',
          '7413c344-c563-40a2-be2d-2cd9db1c0849',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000003',
    enterpriseId: '0e63ca33-ca0e-4f06-ab17-d0bffed6d865',
    industryCode: 'new_materials',
    kind: 'talent',
    title: '柔性引进轻质高强结构件成型技术带头人',
    background: '公司新建模压和真空灌注两条产线，主要产品为光伏组件边框和储能柜门板。',
    problem: '现有技术人员以金属加工背景为主，对铺层设计、固化曲线制定和脱模后的变形控制缺乏经验，产品翘曲和尺寸超差返工率达12%。',
    goals: '聘请专家1–2名，每年在厂不少于3个月，带出5人左右的工艺团队，返工率降到3%以下，成型周期缩短30%。',
    keywords: ['轻质结构件', '铺层设计', '翘曲变形', '真空灌注'],
    judging: { field: '碳纤维增强树脂基复合材料', focus: [], related: [] },
    judged: {
      expert: {
        right: [
          '60cea143-5b87-46b9-9bee-58bda88a411f', '1986ef2a-f3fd-4658-9ade-712d5d227e4f', '5eaf43bf-2201-4af8-a3b9-064e4c056e73',
          'fda0904f-caf8-45d2-b324-81f86bfef8b4', 'e7804e6a-4d50-428c-8a96-6c58267fe480', '4f464709-fbac-44a0-9dde-44a9ba3097c6',
          '7875c3bf-b1d3-4a44-95da-d4df63018006', '749afbe9-1e7c-49d4-b733-f0c209b5af6b', 'd484d674-ba23-48c9-937e-3f342079573e',
          'b3f91755-2d04-4a36-8504-317b80067ad9', '94ecca6a-6ddb-4d7e-b62e-45f366b8aef2', 'f1f769ac-7643-4c9b-abb4-6aba41a3e15d',
          'b4e46302-1493-4706-aba9-25205f2822f1', 'dcf8ee3a-3bb2-46f7-943f-acf4bb094d2e', '7dc47055-874a-4451-b171-75bc3a74c910',
          '02d5ba27-dc3e-4b47-a7cc-b01740582fb4', '41157737-1580-4edc-8274-6e290c330b4b', '510f5d72-4fb9-4e1a-aebc-0aa71c75b2fd',
          '8b810615-bc74-4c6b-88f4-57218e3bd890', '33a15a6a-d7af-4bcf-9516-296798370ee5', '626423ae-4c30-4e3e-bba7-7fd25bf4c077',
          '86d8e8f6-a2d9-45f3-8f9c-b156b812cbc6', 'e7a96c1c-ab25-47ea-b643-0ebf04d6c904', '8c4a1b95-ac90-4056-a579-854b75906cfe',
          'bb2f5c34-ba6e-4dd0-8951-036dd3424558', '9d47a596-ef08-425f-a1c7-dffb1f5e7cd3', '984b4465-0c6b-4716-91c5-3f99d39969b2',
          '3c0628ec-14eb-4589-8038-e620e4da1a3c', 'f58d7e48-924f-45e7-852a-076c79289c3a',
        ],
        partial: [],
      },
      society: {
        right: [],
        partial: [
          '308c76df-1786-44df-ba54-faff19c2c1a1', 'f887c397-5b64-4a01-b298-5fea5d925f1d',
        ],
      },
      workstation: {
        right: [
          'a9382da7-cfd1-4281-b87e-c14e222ecd56', '7cd03aa1-a646-4d53-8ecb-edf598599ad9', '9bcd2c32-5df0-4766-9a03-99b151031757',
          '7413c344-c563-40a2-be2d-2cd9db1c0849',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000004',
    enterpriseId: '899059ec-b0e4-4784-b6d2-fdf05af1c218',
    industryCode: 'new_materials',
    kind: 'breakthrough',
    title: 'IGBT模块用高导热绝缘底板致密化工艺攻关',
    problem: '我公司为功率模块配套生产Si3N4绝缘底板，流延坯片在高温氮气中烧成后密度只有理论值的96%，热导率在60–85W/(m·K)之间波动，下游反映模块结温偏高、可靠性试验不过关。',
    goals: '相对密度≥99%，热导率稳定在85W/(m·K)以上，三点弯曲强度≥700MPa，0.32mm厚片良率≥92%。',
    keywords: ['功率模块', '绝缘底板', '流延成型', '热导率'],
    judging: { field: '先进结构陶瓷与功能粉体', focus: ['气压烧结'], related: [] },
    judged: {
      expert: {
        right: [
          '60cea143-5b87-46b9-9bee-58bda88a411f', 'a5961807-de57-406d-a71e-c88868bcbb16', '89483010-1f8f-498e-99fa-7fb6ac0312ec',
          '7adaa0f9-4663-4ce2-923d-f5be96f64817', '9e9eb9c5-eb31-4130-96f7-9a00e35f9b5b', '97336ce4-5b02-42f8-b8d4-9de91a90a7b2',
          '85e00745-4ba6-4b18-9cc0-53980428ba25', '6745cdaf-c229-4515-ac0c-de35cbf407f9', '7875c3bf-b1d3-4a44-95da-d4df63018006',
          'e69f0909-b26b-4cfb-b4af-29a8911dd70f', '94ecca6a-6ddb-4d7e-b62e-45f366b8aef2', '45743476-3b60-459b-bcf3-0581fac8f215',
          'b4e46302-1493-4706-aba9-25205f2822f1', '0c351a75-2b9c-4a58-b3c6-0731ebb9b5f5', '33217766-05c6-4bfc-8ab2-0a089a29957b',
          '02d5ba27-dc3e-4b47-a7cc-b01740582fb4', '4914ddf1-0469-4be4-9391-ec5adbaa4959', 'bb2f5c34-ba6e-4dd0-8951-036dd3424558',
          'f58d7e48-924f-45e7-852a-076c79289c3a', 'ffbf9b27-1e5b-4f2a-8a38-620681971ddf',
        ],
        partial: [
          '2039f7aa-1f86-45bc-84c4-1fa509adc0a8', 'a93c1a8a-4726-4f2a-a6c5-2dd464403371', '868e7e08-dda5-4394-b5a5-ead7628e4482',
          '9586f004-2ab8-4886-a23d-43d97d4fb5b7', '7dc47055-874a-4451-b171-75bc3a74c910', '86d8e8f6-a2d9-45f3-8f9c-b156b812cbc6',
          'e98c25b8-746b-454b-b73f-9959eb8f3831',
        ],
      },
      society: {
        right: [],
        partial: [
          '308c76df-1786-44df-ba54-faff19c2c1a1', 'f887c397-5b64-4a01-b298-5fea5d925f1d',
        ],
      },
      workstation: {
        right: [
          'a9382da7-cfd1-4281-b87e-c14e222ecd56', '7cd03aa1-a646-4d53-8ecb-edf598599ad9', '9bcd2c32-5df0-4766-9a03-99b151031757',
          '7413c344-c563-40a2-be2d-2cd9db1c0849',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000005',
    enterpriseId: '070a0974-8609-4bc3-92b3-574675658a0d',
    industryCode: 'new_materials',
    kind: 'collaboration',
    title: '电子封装填料用亚微米球形氧化铝分散性改进',
    problem: '喷雾造粒后颗粒相互粘连成硬块，激光粒度仪测得D90是D50的6倍以上；导热硅脂客户反映填充比例上不去、胶料粘度大，不同批次差异明显。',
    goals: 'D50控制在0.5±0.05μm，D90/D50≤2.5，在硅脂中填充量达到90wt%，批次间粒径偏差≤5%。',
    keywords: ['球形填料', '硬团聚', '粒径分布', '导热硅脂'],
    judging: { field: '先进结构陶瓷与功能粉体', focus: ['粉体制备'], related: [] },
    judged: {
      expert: {
        right: [
          '60cea143-5b87-46b9-9bee-58bda88a411f', 'a5961807-de57-406d-a71e-c88868bcbb16', '2039f7aa-1f86-45bc-84c4-1fa509adc0a8',
          '89483010-1f8f-498e-99fa-7fb6ac0312ec', 'a93c1a8a-4726-4f2a-a6c5-2dd464403371', '9e9eb9c5-eb31-4130-96f7-9a00e35f9b5b',
          '85e00745-4ba6-4b18-9cc0-53980428ba25', '6745cdaf-c229-4515-ac0c-de35cbf407f9', '7875c3bf-b1d3-4a44-95da-d4df63018006',
          '94ecca6a-6ddb-4d7e-b62e-45f366b8aef2', '45743476-3b60-459b-bcf3-0581fac8f215', 'b4e46302-1493-4706-aba9-25205f2822f1',
          '0c351a75-2b9c-4a58-b3c6-0731ebb9b5f5', '33217766-05c6-4bfc-8ab2-0a089a29957b', '9586f004-2ab8-4886-a23d-43d97d4fb5b7',
          '7dc47055-874a-4451-b171-75bc3a74c910', '02d5ba27-dc3e-4b47-a7cc-b01740582fb4', '4914ddf1-0469-4be4-9391-ec5adbaa4959',
          '86d8e8f6-a2d9-45f3-8f9c-b156b812cbc6', 'f58d7e48-924f-45e7-852a-076c79289c3a', 'ffbf9b27-1e5b-4f2a-8a38-620681971ddf',
        ],
        partial: [
          '7adaa0f9-4663-4ce2-923d-f5be96f64817', '97336ce4-5b02-42f8-b8d4-9de91a90a7b2', 'e69f0909-b26b-4cfb-b4af-29a8911dd70f',
          '868e7e08-dda5-4394-b5a5-ead7628e4482', 'e98c25b8-746b-454b-b73f-9959eb8f3831', 'bb2f5c34-ba6e-4dd0-8951-036dd3424558',
        ],
      },
      society: {
        right: [],
        partial: [
          '308c76df-1786-44df-ba54-faff19c2c1a1', 'f887c397-5b64-4a01-b298-5fea5d925f1d',
        ],
      },
      workstation: {
        right: [
          'a9382da7-cfd1-4281-b87e-c14e222ecd56', '7cd03aa1-a646-4d53-8ecb-edf598599ad9', '9bcd2c32-5df0-4766-9a03-99b151031757',
          '7413c344-c563-40a2-be2d-2cd9db1c0849',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000006',
    enterpriseId: 'f8085d3a-5f1d-4951-bc8d-5b3a07c51d9c',
    industryCode: 'new_materials',
    kind: 'consulting',
    title: '高温氮气氛烧成线选型与工艺路线论证',
    background: '公司拟投资3000万元新建一条高温烧成线，用于绝缘导热片和耐磨球产品。',
    problem: '对采用常压、热压还是加压气氛烧成拿不准，配套的原料前处理、成型和精加工设备如何选型也缺乏依据，担心投资后产品性能达不到下游要求。',
    goals: '形成论证报告，明确工艺路线、设备选型、投资估算和回报测算，产品抗弯强度目标≥700MPa。',
    keywords: ['烧成炉选型', '耐磨球', '投资论证'],
    judging: { field: '先进结构陶瓷与功能粉体', focus: [], related: [] },
    judged: {
      expert: {
        right: [
          '60cea143-5b87-46b9-9bee-58bda88a411f', 'a5961807-de57-406d-a71e-c88868bcbb16', '2039f7aa-1f86-45bc-84c4-1fa509adc0a8',
          '89483010-1f8f-498e-99fa-7fb6ac0312ec', '7adaa0f9-4663-4ce2-923d-f5be96f64817', 'a93c1a8a-4726-4f2a-a6c5-2dd464403371',
          '9e9eb9c5-eb31-4130-96f7-9a00e35f9b5b', '97336ce4-5b02-42f8-b8d4-9de91a90a7b2', '85e00745-4ba6-4b18-9cc0-53980428ba25',
          '6745cdaf-c229-4515-ac0c-de35cbf407f9', '7875c3bf-b1d3-4a44-95da-d4df63018006', 'e69f0909-b26b-4cfb-b4af-29a8911dd70f',
          '94ecca6a-6ddb-4d7e-b62e-45f366b8aef2', '45743476-3b60-459b-bcf3-0581fac8f215', '868e7e08-dda5-4394-b5a5-ead7628e4482',
          'b4e46302-1493-4706-aba9-25205f2822f1', '0c351a75-2b9c-4a58-b3c6-0731ebb9b5f5', '33217766-05c6-4bfc-8ab2-0a089a29957b',
          '9586f004-2ab8-4886-a23d-43d97d4fb5b7', '7dc47055-874a-4451-b171-75bc3a74c910', '02d5ba27-dc3e-4b47-a7cc-b01740582fb4',
          '4914ddf1-0469-4be4-9391-ec5adbaa4959', '86d8e8f6-a2d9-45f3-8f9c-b156b812cbc6', 'e98c25b8-746b-454b-b73f-9959eb8f3831',
          'bb2f5c34-ba6e-4dd0-8951-036dd3424558', 'f58d7e48-924f-45e7-852a-076c79289c3a', 'ffbf9b27-1e5b-4f2a-8a38-620681971ddf',
        ],
        partial: [],
      },
      society: {
        right: [],
        partial: [
          '308c76df-1786-44df-ba54-faff19c2c1a1', 'f887c397-5b64-4a01-b298-5fea5d925f1d',
        ],
      },
      workstation: {
        right: [
          'a9382da7-cfd1-4281-b87e-c14e222ecd56', '7cd03aa1-a646-4d53-8ecb-edf598599ad9', '9bcd2c32-5df0-4766-9a03-99b151031757',
          '7413c344-c563-40a2-be2d-2cd9db1c0849',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000007',
    enterpriseId: '42026cdc-91ab-43e2-b7c4-924daa4129c2',
    industryCode: 'new_materials',
    kind: 'breakthrough',
    title: '275nm杀菌灯珠出光功率与寿命提升',
    problem: '我们封装的UVC灯珠用于净水器杀菌模块，芯片出光功率只有日韩同类产品的六成，点亮1000小时后光功率下降超过25%；芯片来料波长离散大。',
    goals: '单颗灯珠光功率≥15mW@100mA，1000小时衰减≤10%，波长控制在275±2nm。',
    keywords: ['UVC灯珠', '净水杀菌', '出光功率', '寿命衰减'],
    judging: { field: '宽禁带半导体外延与发光器件', focus: ['深紫外LED'], related: [] },
    judged: {
      expert: {
        right: [
          'cb754b30-583f-4876-aa31-3f37685ba82f', '056b19a0-348e-4770-8fca-0a15c9662f67', 'fda0904f-caf8-45d2-b324-81f86bfef8b4',
          '7adaa0f9-4663-4ce2-923d-f5be96f64817', '85e00745-4ba6-4b18-9cc0-53980428ba25', '6745cdaf-c229-4515-ac0c-de35cbf407f9',
          '7875c3bf-b1d3-4a44-95da-d4df63018006', 'f80d9968-503b-4aa9-bfd3-6a0a0092b70e', 'b4e46302-1493-4706-aba9-25205f2822f1',
          '0c351a75-2b9c-4a58-b3c6-0731ebb9b5f5', '7dc47055-874a-4451-b171-75bc3a74c910', '41157737-1580-4edc-8274-6e290c330b4b',
          '510f5d72-4fb9-4e1a-aebc-0aa71c75b2fd', '4914ddf1-0469-4be4-9391-ec5adbaa4959', '8b810615-bc74-4c6b-88f4-57218e3bd890',
          '1cdd1de4-2c14-4195-bfe4-74f902b22e4d', 'e7a96c1c-ab25-47ea-b643-0ebf04d6c904', '8c4a1b95-ac90-4056-a579-854b75906cfe',
          '9b49d7e9-9f0b-4077-bc2e-77e2caa23c98', '9d47a596-ef08-425f-a1c7-dffb1f5e7cd3', '00dd3129-7989-4c6e-b932-4db45326d6bf',
        ],
        partial: [
          '2039f7aa-1f86-45bc-84c4-1fa509adc0a8', '6357d63a-7b1c-4cde-ba97-a129e196b04e', 'b3f91755-2d04-4a36-8504-317b80067ad9',
          '33217766-05c6-4bfc-8ab2-0a089a29957b',
        ],
      },
      society: {
        right: [],
        partial: [
          '3316f473-2e55-4030-a9e1-f9958cb34b6e',
        ],
      },
      workstation: {
        right: [
          'a9382da7-cfd1-4281-b87e-c14e222ecd56', '9bcd2c32-5df0-4766-9a03-99b151031757', '7413c344-c563-40a2-be2d-2cd9db1c0849',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000008',
    enterpriseId: 'fb64e263-04d7-4c9e-8003-4c1602c1b211',
    industryCode: 'new_materials',
    kind: 'collaboration',
    title: '蓝宝石衬底上高铝组分AlGaN薄膜晶体质量改善',
    problem: '公司金属有机源气相沉积设备生长的AlGaN层X射线摇摆曲线半宽偏大，表面出现裂纹和V形坑，位错多导致器件效率上不去、漏电大。',
    goals: '(102)面摇摆曲线半宽≤400arcsec，表面无裂纹，位错降至5×10⁸cm⁻²以下，发表或申请专利2项。',
    keywords: ['AlGaN', '位错', '蓝宝石衬底', '摇摆曲线'],
    judging: { field: '宽禁带半导体外延与发光器件', focus: ['缺陷密度'], related: [] },
    judged: {
      expert: {
        right: [
          '2039f7aa-1f86-45bc-84c4-1fa509adc0a8', '056b19a0-348e-4770-8fca-0a15c9662f67', 'fda0904f-caf8-45d2-b324-81f86bfef8b4',
          '6745cdaf-c229-4515-ac0c-de35cbf407f9', 'b3f91755-2d04-4a36-8504-317b80067ad9', 'f80d9968-503b-4aa9-bfd3-6a0a0092b70e',
          'b4e46302-1493-4706-aba9-25205f2822f1', '0c351a75-2b9c-4a58-b3c6-0731ebb9b5f5', '33217766-05c6-4bfc-8ab2-0a089a29957b',
          '41157737-1580-4edc-8274-6e290c330b4b', '510f5d72-4fb9-4e1a-aebc-0aa71c75b2fd', '4914ddf1-0469-4be4-9391-ec5adbaa4959',
          '8b810615-bc74-4c6b-88f4-57218e3bd890', '1cdd1de4-2c14-4195-bfe4-74f902b22e4d', 'e7a96c1c-ab25-47ea-b643-0ebf04d6c904',
          '9b49d7e9-9f0b-4077-bc2e-77e2caa23c98',
        ],
        partial: [
          'cb754b30-583f-4876-aa31-3f37685ba82f', '7adaa0f9-4663-4ce2-923d-f5be96f64817', '85e00745-4ba6-4b18-9cc0-53980428ba25',
          '7875c3bf-b1d3-4a44-95da-d4df63018006', '6357d63a-7b1c-4cde-ba97-a129e196b04e', '7dc47055-874a-4451-b171-75bc3a74c910',
          '8c4a1b95-ac90-4056-a579-854b75906cfe', '9d47a596-ef08-425f-a1c7-dffb1f5e7cd3', '00dd3129-7989-4c6e-b932-4db45326d6bf',
        ],
      },
      society: {
        right: [],
        partial: [
          '3316f473-2e55-4030-a9e1-f9958cb34b6e',
        ],
      },
      workstation: {
        right: [
          'a9382da7-cfd1-4281-b87e-c14e222ecd56', '9bcd2c32-5df0-4766-9a03-99b151031757', '7413c344-c563-40a2-be2d-2cd9db1c0849',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000009',
    enterpriseId: 'a3763061-7756-47f6-ad90-9f1ba4cf0a5c',
    industryCode: 'new_materials',
    kind: 'new_product',
    title: 'AR眼镜用微米级自发光像素阵列芯片研制',
    problem: '公司计划进入近眼显示市场，需要像素尺寸小于10μm的发光阵列；像素缩小后侧壁损伤导致效率骤降，整片波长一致性差，巨量转移良率低。',
    goals: '5μm像素外量子效率≥5%，片内波长标准差≤1.5nm，完成0.39英寸样屏。',
    keywords: ['近眼显示', '像素阵列', '侧壁损伤', '巨量转移'],
    judging: { field: '宽禁带半导体外延与发光器件', focus: [], related: [] },
    judged: {
      expert: {
        right: [
          'cb754b30-583f-4876-aa31-3f37685ba82f', '2039f7aa-1f86-45bc-84c4-1fa509adc0a8', '056b19a0-348e-4770-8fca-0a15c9662f67',
          'fda0904f-caf8-45d2-b324-81f86bfef8b4', '7adaa0f9-4663-4ce2-923d-f5be96f64817', '85e00745-4ba6-4b18-9cc0-53980428ba25',
          '6745cdaf-c229-4515-ac0c-de35cbf407f9', '7875c3bf-b1d3-4a44-95da-d4df63018006', '6357d63a-7b1c-4cde-ba97-a129e196b04e',
          'b3f91755-2d04-4a36-8504-317b80067ad9', 'f80d9968-503b-4aa9-bfd3-6a0a0092b70e', 'b4e46302-1493-4706-aba9-25205f2822f1',
          '0c351a75-2b9c-4a58-b3c6-0731ebb9b5f5', '33217766-05c6-4bfc-8ab2-0a089a29957b', '7dc47055-874a-4451-b171-75bc3a74c910',
          '41157737-1580-4edc-8274-6e290c330b4b', '510f5d72-4fb9-4e1a-aebc-0aa71c75b2fd', '4914ddf1-0469-4be4-9391-ec5adbaa4959',
          '8b810615-bc74-4c6b-88f4-57218e3bd890', '1cdd1de4-2c14-4195-bfe4-74f902b22e4d', 'e7a96c1c-ab25-47ea-b643-0ebf04d6c904',
          '8c4a1b95-ac90-4056-a579-854b75906cfe', '9b49d7e9-9f0b-4077-bc2e-77e2caa23c98', '9d47a596-ef08-425f-a1c7-dffb1f5e7cd3',
          '00dd3129-7989-4c6e-b932-4db45326d6bf',
        ],
        partial: [],
      },
      society: {
        right: [],
        partial: [
          '3316f473-2e55-4030-a9e1-f9958cb34b6e',
        ],
      },
      workstation: {
        right: [
          'a9382da7-cfd1-4281-b87e-c14e222ecd56', '9bcd2c32-5df0-4766-9a03-99b151031757', '7413c344-c563-40a2-be2d-2cd9db1c0849',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000010',
    enterpriseId: 'a7fae05c-9cf1-465d-a05b-e876fde33157',
    industryCode: 'new_materials',
    kind: 'breakthrough',
    title: '超高功率电极用优质焦原料品质提升',
    problem: '公司以煤焦油软沥青为原料生产电极焦，产品热膨胀系数在1.3–1.6×10⁻⁶/℃之间，下游电极厂反馈做出的电极在电炉炼钢中易掉块开裂；显微镜下流线型组织比例偏低。',
    goals: '热膨胀系数≤1.2×10⁻⁶/℃，灰分≤0.1%，流线型组织比例≥70%，满足超高功率电极原料要求。',
    keywords: ['电极焦', '热膨胀', '流线型组织', '软沥青'],
    judging: { field: '煤基炭材料与锂电负极', focus: ['针状焦', '中间相'], related: [] },
    judged: {
      expert: {
        right: [
          'cb754b30-583f-4876-aa31-3f37685ba82f', '5eaf43bf-2201-4af8-a3b9-064e4c056e73', '36d6a9ea-994f-41f7-a55b-096f8c3cb0ce',
          '9e9eb9c5-eb31-4130-96f7-9a00e35f9b5b', '39712eee-1f92-4110-be09-f218208ed681', '6357d63a-7b1c-4cde-ba97-a129e196b04e',
          'e69f0909-b26b-4cfb-b4af-29a8911dd70f', '749afbe9-1e7c-49d4-b733-f0c209b5af6b', 'f1f769ac-7643-4c9b-abb4-6aba41a3e15d',
          '868e7e08-dda5-4394-b5a5-ead7628e4482', '41157737-1580-4edc-8274-6e290c330b4b', '4914ddf1-0469-4be4-9391-ec5adbaa4959',
          '33a15a6a-d7af-4bcf-9516-296798370ee5', 'e7a96c1c-ab25-47ea-b643-0ebf04d6c904', '984b4465-0c6b-4716-91c5-3f99d39969b2',
          '3c0628ec-14eb-4589-8038-e620e4da1a3c',
        ],
        partial: [
          'e90499dc-9f15-423b-b383-8384b2be71f0', '4d88975e-063b-4597-b656-ef2c74b80bb4',
        ],
      },
      society: {
        right: [],
        partial: [
          '4930bd63-e254-4a2a-a2b8-df6673c1ba28', 'a111652c-17b4-426e-96ea-b3215a8396ca', 'e554907b-5cd5-4850-afdc-125744cec868',
        ],
      },
      workstation: {
        right: [
          'a9382da7-cfd1-4281-b87e-c14e222ecd56', '7cd03aa1-a646-4d53-8ecb-edf598599ad9', '9bcd2c32-5df0-4766-9a03-99b151031757',
          '7413c344-c563-40a2-be2d-2cd9db1c0849',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000011',
    enterpriseId: '18585a99-c3c4-4f56-98e6-ef86512ffcbc',
    industryCode: 'new_materials',
    kind: 'collaboration',
    title: '动力电池人造石墨粉体高温处理降本',
    problem: '艾奇逊炉高温处理工序吨电耗高达1.4万kWh，占加工成本40%；产品首次充放电效率只有91%，电池厂要求93%以上，且各炉次之间灰分波动。',
    goals: '吨产品电耗降低15%，首效≥93%，克容量≥355mAh/g，灰分≤0.1%。',
    keywords: ['艾奇逊炉', '首次效率', '克容量', '电耗'],
    judging: { field: '煤基炭材料与锂电负极', focus: ['石墨化', '负极材料'], related: [] },
    judged: {
      expert: {
        right: [
          'e90499dc-9f15-423b-b383-8384b2be71f0', 'cb754b30-583f-4876-aa31-3f37685ba82f', '5eaf43bf-2201-4af8-a3b9-064e4c056e73',
          '36d6a9ea-994f-41f7-a55b-096f8c3cb0ce', '9e9eb9c5-eb31-4130-96f7-9a00e35f9b5b', '39712eee-1f92-4110-be09-f218208ed681',
          '6357d63a-7b1c-4cde-ba97-a129e196b04e', 'e69f0909-b26b-4cfb-b4af-29a8911dd70f', 'f1f769ac-7643-4c9b-abb4-6aba41a3e15d',
          '868e7e08-dda5-4394-b5a5-ead7628e4482', '41157737-1580-4edc-8274-6e290c330b4b', '4914ddf1-0469-4be4-9391-ec5adbaa4959',
          '4d88975e-063b-4597-b656-ef2c74b80bb4', '33a15a6a-d7af-4bcf-9516-296798370ee5', 'e7a96c1c-ab25-47ea-b643-0ebf04d6c904',
          '984b4465-0c6b-4716-91c5-3f99d39969b2',
        ],
        partial: [
          '749afbe9-1e7c-49d4-b733-f0c209b5af6b', '3c0628ec-14eb-4589-8038-e620e4da1a3c',
        ],
      },
      society: {
        right: [],
        partial: [
          '4930bd63-e254-4a2a-a2b8-df6673c1ba28', 'a111652c-17b4-426e-96ea-b3215a8396ca', 'e554907b-5cd5-4850-afdc-125744cec868',
        ],
      },
      workstation: {
        right: [
          'a9382da7-cfd1-4281-b87e-c14e222ecd56', '7cd03aa1-a646-4d53-8ecb-edf598599ad9', '9bcd2c32-5df0-4766-9a03-99b151031757',
          '7413c344-c563-40a2-be2d-2cd9db1c0849',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000012',
    enterpriseId: '2eb45a04-fa66-49fb-ab8d-188d30a8410a',
    industryCode: 'new_materials',
    kind: 'commercialisation',
    title: '煤沥青基钠电硬碳中试放大',
    problem: '与高校合作完成了以煤沥青为前驱体的硬碳小试，首周库伦效率88%，但放大到百公斤级后比表面积升高、首效下降，企业缺乏预氧化与炭化装备的工程经验。',
    goals: '建成百吨级中试线，首效≥90%，可逆容量≥300mAh/g，编制工艺包。',
    keywords: ['硬碳', '钠电', '预氧化', '中试'],
    judging: { field: '煤基炭材料与锂电负极', focus: ['沥青基炭材料', '负极材料'], related: [{ field: '电化学储能系统集成', focus: ['钠离子电池'] }] },
    judged: {
      expert: {
        right: [
          'e90499dc-9f15-423b-b383-8384b2be71f0', 'cb754b30-583f-4876-aa31-3f37685ba82f', '5eaf43bf-2201-4af8-a3b9-064e4c056e73',
          '36d6a9ea-994f-41f7-a55b-096f8c3cb0ce', '9e9eb9c5-eb31-4130-96f7-9a00e35f9b5b', '39712eee-1f92-4110-be09-f218208ed681',
          '6357d63a-7b1c-4cde-ba97-a129e196b04e', 'e69f0909-b26b-4cfb-b4af-29a8911dd70f', 'f1f769ac-7643-4c9b-abb4-6aba41a3e15d',
          '868e7e08-dda5-4394-b5a5-ead7628e4482', '41157737-1580-4edc-8274-6e290c330b4b', '4914ddf1-0469-4be4-9391-ec5adbaa4959',
          '4d88975e-063b-4597-b656-ef2c74b80bb4', '33a15a6a-d7af-4bcf-9516-296798370ee5', 'e7a96c1c-ab25-47ea-b643-0ebf04d6c904',
          '984b4465-0c6b-4716-91c5-3f99d39969b2', '3c0628ec-14eb-4589-8038-e620e4da1a3c',
        ],
        partial: [
          'f175e13e-c645-4588-be09-96f6fc2850ce', '5b8001f1-da11-4045-b982-0a91bd195c09', '5bdcd0f0-6254-419a-988e-2b7ebe1f11d2',
          '749afbe9-1e7c-49d4-b733-f0c209b5af6b', '8c803870-d7cf-4880-8138-7e8f211eb954', '0a7a9a63-8988-4b0d-ad6e-13525399c6ec',
        ],
      },
      society: {
        right: [],
        partial: [
          '4930bd63-e254-4a2a-a2b8-df6673c1ba28', 'a111652c-17b4-426e-96ea-b3215a8396ca', 'e554907b-5cd5-4850-afdc-125744cec868',
        ],
      },
      workstation: {
        right: [
          'a9382da7-cfd1-4281-b87e-c14e222ecd56', '7cd03aa1-a646-4d53-8ecb-edf598599ad9', '9bcd2c32-5df0-4766-9a03-99b151031757',
          '7413c344-c563-40a2-be2d-2cd9db1c0849',
        ],
        partial: [
          '4e79bf4b-b5fe-43ca-b9b5-3e85f708ef6e',
        ],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000013',
    enterpriseId: '6e7e3909-0cdc-45b8-b818-209151d3ed42',
    industryCode: 'high_end_equipment',
    kind: 'breakthrough',
    title: '井下回采面掩护式支护设备电磁先导阀失效治理',
    problem: '乳化液中颗粒物多，电磁先导阀卡阻、内泄频发，单个回采面每月因阀故障停机10小时以上；进口阀价格是国产的3倍，国产阀寿命又达不到要求。',
    goals: '阀组平均无故障时间≥3000小时，国产化率达到95%，每月故障停机≤2小时。',
    keywords: ['先导阀', '乳化液', '卡阻内泄', '支护设备'],
    judging: { field: '煤矿智能化综采装备', focus: ['电液控制', '液压支架'], related: [] },
    judged: {
      expert: {
        right: [
          'c2c56798-8b02-43b0-9162-6c7c9a7332a0', 'b2c79362-7324-4ddf-b37f-af0bb7682be5', 'cbcf464f-3ea0-4677-9b71-6e82f82a808d',
          'ea41201c-6953-4a3d-a576-f92117c84cc1', '753ffd93-15c6-4af3-ba55-a2723bfad955', 'b3edc5fd-3704-4804-9c4e-f87458db586c',
          'cc329246-6181-462d-a242-98d62a15b935', 'b9158d6c-0ca1-4dd3-b3b2-58ae022b644f', '3799a87c-f442-4a97-9288-05f2962a7bcc',
          'a0402b40-8cc8-4b60-990c-bc87dc2fb134', 'dabe4bda-68b7-4db1-9353-a390badc2a1c', '41ec1b0e-6b29-416d-8abc-7bcabb7e5930',
          '4e7a36b9-8cb3-4134-93c0-8281bd961a2c',
        ],
        partial: [
          'c949e941-b570-4e5e-94c9-9108cb17cba9',
        ],
      },
      society: {
        right: [],
        partial: [
          '0ccb780f-e116-415f-a5c7-397533bbca9d', 'd4df3700-220b-4381-960d-1e7eaac7dccb', '916b79ad-f6c9-418a-819c-5e11a6996479',
        ],
      },
      workstation: {
        right: [
          '442e0006-646d-4fbc-970e-b84e78e4084d', 'ee89d840-b20c-47ce-90b9-cadf219339e3',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000014',
    enterpriseId: 'bb1ad602-9b8a-45d7-a49c-2332112e95ad',
    industryCode: 'high_end_equipment',
    kind: 'breakthrough',
    title: '滚筒式割煤机截割减速箱早期断齿治理',
    problem: '割煤机截割部在硬煤夹矸工况下运行不到3个月就出现行星轮断齿和轴承烧损，拆检发现齿根裂纹；备件更换一次停产两天。',
    goals: '截割部大修周期延长到12个月，维修成本降低25%。',
    keywords: ['割煤机', '断齿', '夹矸', '截割部'],
    judging: { field: '煤矿智能化综采装备', focus: ['采煤机'], related: [{ field: '重载齿轮传动与轴承技术', focus: ['齿轮传动', '轴承寿命'] }] },
    judged: {
      expert: {
        right: [
          'b2c79362-7324-4ddf-b37f-af0bb7682be5', '753ffd93-15c6-4af3-ba55-a2723bfad955', 'b3edc5fd-3704-4804-9c4e-f87458db586c',
          'cc329246-6181-462d-a242-98d62a15b935', 'b9158d6c-0ca1-4dd3-b3b2-58ae022b644f', '3799a87c-f442-4a97-9288-05f2962a7bcc',
          '41ec1b0e-6b29-416d-8abc-7bcabb7e5930', '4e7a36b9-8cb3-4134-93c0-8281bd961a2c', 'c949e941-b570-4e5e-94c9-9108cb17cba9',
        ],
        partial: [
          'c2c56798-8b02-43b0-9162-6c7c9a7332a0', '75cb5245-a5a1-4879-8c94-8971966b743e', 'cbcf464f-3ea0-4677-9b71-6e82f82a808d',
          'ea41201c-6953-4a3d-a576-f92117c84cc1', '97336ce4-5b02-42f8-b8d4-9de91a90a7b2', '3d6372d9-97d2-4c8b-b744-290f0e63691c',
          '65988e2e-52e2-43be-b100-2b3c1b3dd115', '7f819567-f401-4359-affc-2091e4b78290', '722e545e-1d00-4546-8e86-3ad531b8601d',
          'a0402b40-8cc8-4b60-990c-bc87dc2fb134', '21754bac-4103-4f94-a1a9-2e5229911dac', 'dabe4bda-68b7-4db1-9353-a390badc2a1c',
          '6c5db4e6-b9fb-41cf-84e7-b1b3234dd353', '187dd0c7-90d0-4a20-bbb7-5c712a462850',
        ],
      },
      society: {
        right: [],
        partial: [
          '0ccb780f-e116-415f-a5c7-397533bbca9d', 'd4df3700-220b-4381-960d-1e7eaac7dccb', '916b79ad-f6c9-418a-819c-5e11a6996479',
        ],
      },
      workstation: {
        right: [
          '442e0006-646d-4fbc-970e-b84e78e4084d', 'ee89d840-b20c-47ce-90b9-cadf219339e3',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000015',
    enterpriseId: '6177158e-630e-41f5-af1a-0df3de45124b',
    industryCode: 'high_end_equipment',
    kind: 'consulting',
    title: '矿井少人化开采地面远程操控方案论证',
    background: '集团计划在两座主力矿井推行地面远程操控回采，年内完成一个示范面。',
    problem: '对跟机自动化、视频拼接、设备健康监测与故障预警的技术路线把握不足，不同厂家的方案差异大，投资效益难以判断。',
    goals: '形成方案论证报告，跟机自动化率目标≥90%，关键设备平均无故障时间≥3000小时。',
    keywords: ['少人化', '远程操控', '跟机', '健康监测'],
    judging: { field: '煤矿智能化综采装备', focus: ['智能化工作面', '故障诊断'], related: [{ field: '机器视觉与智能视频分析', focus: ['煤矿安全监控'] }] },
    judged: {
      expert: {
        right: [
          'c2c56798-8b02-43b0-9162-6c7c9a7332a0', 'b2c79362-7324-4ddf-b37f-af0bb7682be5', 'cbcf464f-3ea0-4677-9b71-6e82f82a808d',
          'ea41201c-6953-4a3d-a576-f92117c84cc1', '753ffd93-15c6-4af3-ba55-a2723bfad955', 'b3edc5fd-3704-4804-9c4e-f87458db586c',
          'cc329246-6181-462d-a242-98d62a15b935', 'b9158d6c-0ca1-4dd3-b3b2-58ae022b644f', '3799a87c-f442-4a97-9288-05f2962a7bcc',
          'a0402b40-8cc8-4b60-990c-bc87dc2fb134', 'dabe4bda-68b7-4db1-9353-a390badc2a1c', '41ec1b0e-6b29-416d-8abc-7bcabb7e5930',
          '4e7a36b9-8cb3-4134-93c0-8281bd961a2c', 'c949e941-b570-4e5e-94c9-9108cb17cba9',
        ],
        partial: [
          'af486a70-054c-4362-9a8c-267806214f9b', '8dfe64df-7015-4c19-a1f3-7e82f8308a2b', 'aa3267c2-b10f-4478-be46-75bf08907ac8',
          '4f6d9615-377c-4da2-b852-cb516b9f16c5',
        ],
      },
      society: {
        right: [],
        partial: [
          '0ccb780f-e116-415f-a5c7-397533bbca9d', 'd4df3700-220b-4381-960d-1e7eaac7dccb', '916b79ad-f6c9-418a-819c-5e11a6996479',
        ],
      },
      workstation: {
        right: [
          '442e0006-646d-4fbc-970e-b84e78e4084d', 'ee89d840-b20c-47ce-90b9-cadf219339e3',
        ],
        partial: [
          '9bcd2c32-5df0-4766-9a03-99b151031757',
        ],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000016',
    enterpriseId: '6e7e3909-0cdc-45b8-b818-209151d3ed42',
    industryCode: 'high_end_equipment',
    kind: 'breakthrough',
    title: '立磨减速机运行异响与箱体振动超标整改',
    problem: '我厂生产的立式磨机减速机在用户现场运行噪声达87dB，箱体振动速度超过7mm/s，用户要求限期整改；初步判断与啮合冲击和箱体共振有关。',
    goals: '噪声降至78dB以下，振动速度≤4.5mm/s，修形与结构改进方案可推广到全系列。',
    keywords: ['减速机', '异响', '啮合冲击', '齿形修形'],
    judging: { field: '重载齿轮传动与轴承技术', focus: ['振动噪声', '齿轮传动'], related: [] },
    judged: {
      expert: {
        right: [
          '75cb5245-a5a1-4879-8c94-8971966b743e', 'ea41201c-6953-4a3d-a576-f92117c84cc1', '2a39f056-5656-4f95-9dae-5e21a08ab22d',
          'b3edc5fd-3704-4804-9c4e-f87458db586c', '97336ce4-5b02-42f8-b8d4-9de91a90a7b2', '3d6372d9-97d2-4c8b-b744-290f0e63691c',
          '65988e2e-52e2-43be-b100-2b3c1b3dd115', 'cc329246-6181-462d-a242-98d62a15b935', '3799a87c-f442-4a97-9288-05f2962a7bcc',
          '7f819567-f401-4359-affc-2091e4b78290', '722e545e-1d00-4546-8e86-3ad531b8601d', '21754bac-4103-4f94-a1a9-2e5229911dac',
          'dabe4bda-68b7-4db1-9353-a390badc2a1c', '6c5db4e6-b9fb-41cf-84e7-b1b3234dd353',
        ],
        partial: [
          'ea732e5f-87bc-4747-b0fb-08081cec1e9e', 'cbcf464f-3ea0-4677-9b71-6e82f82a808d', '187dd0c7-90d0-4a20-bbb7-5c712a462850',
        ],
      },
      society: {
        right: [],
        partial: [
          '0ccb780f-e116-415f-a5c7-397533bbca9d', 'd4df3700-220b-4381-960d-1e7eaac7dccb', '916b79ad-f6c9-418a-819c-5e11a6996479',
        ],
      },
      workstation: {
        right: [
          'ee89d840-b20c-47ce-90b9-cadf219339e3',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000017',
    enterpriseId: 'bb1ad602-9b8a-45d7-a49c-2332112e95ad',
    industryCode: 'high_end_equipment',
    kind: 'collaboration',
    title: '风电偏航变桨轴承套圈淬硬层不均问题',
    problem: '套圈经化学热处理后有效硬化层深度沿圆周相差0.3mm以上，磨削后局部出现软点，台架疲劳试验达不到设计要求。',
    goals: '层深偏差≤0.1mm，表面硬度HRC58–62，台架L10寿命提高50%。',
    keywords: ['偏航轴承', '硬化层', '软点', '台架试验'],
    judging: { field: '重载齿轮传动与轴承技术', focus: ['渗碳热处理'], related: [] },
    judged: {
      expert: {
        right: [
          '75cb5245-a5a1-4879-8c94-8971966b743e', 'ea732e5f-87bc-4747-b0fb-08081cec1e9e', 'cbcf464f-3ea0-4677-9b71-6e82f82a808d',
          'ea41201c-6953-4a3d-a576-f92117c84cc1', '2a39f056-5656-4f95-9dae-5e21a08ab22d', '97336ce4-5b02-42f8-b8d4-9de91a90a7b2',
          '3d6372d9-97d2-4c8b-b744-290f0e63691c', '65988e2e-52e2-43be-b100-2b3c1b3dd115', 'cc329246-6181-462d-a242-98d62a15b935',
          '722e545e-1d00-4546-8e86-3ad531b8601d', '21754bac-4103-4f94-a1a9-2e5229911dac', 'dabe4bda-68b7-4db1-9353-a390badc2a1c',
          '187dd0c7-90d0-4a20-bbb7-5c712a462850',
        ],
        partial: [
          'b3edc5fd-3704-4804-9c4e-f87458db586c', '3799a87c-f442-4a97-9288-05f2962a7bcc', '7f819567-f401-4359-affc-2091e4b78290',
          '6c5db4e6-b9fb-41cf-84e7-b1b3234dd353',
        ],
      },
      society: {
        right: [],
        partial: [
          '0ccb780f-e116-415f-a5c7-397533bbca9d', 'd4df3700-220b-4381-960d-1e7eaac7dccb', '916b79ad-f6c9-418a-819c-5e11a6996479',
        ],
      },
      workstation: {
        right: [
          'ee89d840-b20c-47ce-90b9-cadf219339e3',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000018',
    enterpriseId: '6177158e-630e-41f5-af1a-0df3de45124b',
    industryCode: 'high_end_equipment',
    kind: 'talent',
    title: '引进精密减速器抗疲劳制造方向领军人才',
    problem: '公司RV减速器样机精度保持性差，运行2000小时后回差超标，针齿和曲柄轴承磨损快，与进口产品差距明显，缺少懂表面完整性和寿命设计的带头人。',
    goals: '柔性引进专家1名，每年在企业工作不少于3个月，样机精度保持时间达到6000小时。',
    keywords: ['RV减速器', '回差', '精度保持', '针齿磨损'],
    judging: { field: '重载齿轮传动与轴承技术', focus: ['表面强化', '轴承寿命'], related: [] },
    judged: {
      expert: {
        right: [
          '75cb5245-a5a1-4879-8c94-8971966b743e', 'ea732e5f-87bc-4747-b0fb-08081cec1e9e', 'cbcf464f-3ea0-4677-9b71-6e82f82a808d',
          'ea41201c-6953-4a3d-a576-f92117c84cc1', '2a39f056-5656-4f95-9dae-5e21a08ab22d', 'b3edc5fd-3704-4804-9c4e-f87458db586c',
          '97336ce4-5b02-42f8-b8d4-9de91a90a7b2', '3d6372d9-97d2-4c8b-b744-290f0e63691c', '65988e2e-52e2-43be-b100-2b3c1b3dd115',
          'cc329246-6181-462d-a242-98d62a15b935', '3799a87c-f442-4a97-9288-05f2962a7bcc', '7f819567-f401-4359-affc-2091e4b78290',
          '722e545e-1d00-4546-8e86-3ad531b8601d', '21754bac-4103-4f94-a1a9-2e5229911dac', 'dabe4bda-68b7-4db1-9353-a390badc2a1c',
          '6c5db4e6-b9fb-41cf-84e7-b1b3234dd353', '187dd0c7-90d0-4a20-bbb7-5c712a462850',
        ],
        partial: [],
      },
      society: {
        right: [],
        partial: [
          '0ccb780f-e116-415f-a5c7-397533bbca9d', 'd4df3700-220b-4381-960d-1e7eaac7dccb', '916b79ad-f6c9-418a-819c-5e11a6996479',
        ],
      },
      workstation: {
        right: [
          'ee89d840-b20c-47ce-90b9-cadf219339e3',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000019',
    enterpriseId: '6e7e3909-0cdc-45b8-b818-209151d3ed42',
    industryCode: 'high_end_equipment',
    kind: 'breakthrough',
    title: '厚板结构件自动焊接坡口偏差自适应',
    problem: '挖掘机动臂等厚板件拼装误差2–3mm，示教再现式焊接手臂无法自动修正，焊偏、未熔合频发，仍需人工补焊，一次合格率只有85%。',
    goals: '实现激光或相机引导实时纠偏，跟踪精度±0.2mm，一次合格率≥98%。',
    keywords: ['焊接手臂', '坡口偏差', '焊偏', '实时纠偏'],
    judging: { field: '工业机器人与智能制造系统', focus: ['机器视觉'], related: [] },
    judged: {
      expert: {
        right: [
          'b2c79362-7324-4ddf-b37f-af0bb7682be5', 'cbcf464f-3ea0-4677-9b71-6e82f82a808d', '12aa2f30-a79d-44ed-b2c8-1a43e02a98fd',
          '44341348-4a62-47be-914c-7ff6a6a47fb3', '97336ce4-5b02-42f8-b8d4-9de91a90a7b2', '4f464709-fbac-44a0-9dde-44a9ba3097c6',
          'de909b5b-8cb7-464a-8536-0c3e7db6dd66', '7f819567-f401-4359-affc-2091e4b78290',
        ],
        partial: [
          '94dcbe8c-c544-4afd-b1ae-e72d52d96e6c', 'cc329246-6181-462d-a242-98d62a15b935', 'b9158d6c-0ca1-4dd3-b3b2-58ae022b644f',
          '722e545e-1d00-4546-8e86-3ad531b8601d', 'a0402b40-8cc8-4b60-990c-bc87dc2fb134', '6c5db4e6-b9fb-41cf-84e7-b1b3234dd353',
        ],
      },
      society: {
        right: [],
        partial: [
          '0ccb780f-e116-415f-a5c7-397533bbca9d',
        ],
      },
      workstation: {
        right: [
          'ee89d840-b20c-47ce-90b9-cadf219339e3',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000020',
    enterpriseId: 'bb1ad602-9b8a-45d7-a49c-2332112e95ad',
    industryCode: 'high_end_equipment',
    kind: 'collaboration',
    title: '多品种小批量总装线快速换产与虚拟调试',
    problem: '总装线产品型号40余种，换型靠人工调整夹具和程序，单次换型约2小时；新产线现场调试周期长，各设备数据互不相通。',
    goals: '换型时间缩短至30分钟以内，建立产线三维虚实映射模型，设备联网率100%。',
    keywords: ['换型', '虚拟调试', '三维模型', '多品种'],
    judging: { field: '工业机器人与智能制造系统', focus: ['数字孪生', '柔性制造'], related: [{ field: '工业互联网与设备预测性维护', focus: ['工业互联网'] }] },
    judged: {
      expert: {
        right: [
          'b2c79362-7324-4ddf-b37f-af0bb7682be5', 'cbcf464f-3ea0-4677-9b71-6e82f82a808d', '12aa2f30-a79d-44ed-b2c8-1a43e02a98fd',
          '94dcbe8c-c544-4afd-b1ae-e72d52d96e6c', '44341348-4a62-47be-914c-7ff6a6a47fb3', '97336ce4-5b02-42f8-b8d4-9de91a90a7b2',
          '4f464709-fbac-44a0-9dde-44a9ba3097c6', 'de909b5b-8cb7-464a-8536-0c3e7db6dd66', 'cc329246-6181-462d-a242-98d62a15b935',
          'b9158d6c-0ca1-4dd3-b3b2-58ae022b644f', '7f819567-f401-4359-affc-2091e4b78290', '722e545e-1d00-4546-8e86-3ad531b8601d',
          'a0402b40-8cc8-4b60-990c-bc87dc2fb134', '6c5db4e6-b9fb-41cf-84e7-b1b3234dd353',
        ],
        partial: [
          '48a7ea61-d169-4cb2-b122-bea2fcefe9ac', 'f07dad03-8316-4084-a2fa-14e6faa0fd2e', '8dfe64df-7015-4c19-a1f3-7e82f8308a2b',
          '2c61c303-ed8e-4c10-ad16-0667785a3b38', 'c59e3053-39f0-4024-a230-ac515d8ffda5', '6450e54c-d445-4700-8f12-d2403805296c',
          '81ecd58d-89cb-4a40-bf94-5905a0ccbf5b', '493bb1b4-eee5-46d6-9778-0886382e4346',
        ],
      },
      society: {
        right: [],
        partial: [
          '0ccb780f-e116-415f-a5c7-397533bbca9d',
        ],
      },
      workstation: {
        right: [
          'ee89d840-b20c-47ce-90b9-cadf219339e3',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000021',
    enterpriseId: '6177158e-630e-41f5-af1a-0df3de45124b',
    industryCode: 'high_end_equipment',
    kind: 'breakthrough',
    title: '纯电洗扫车冬季作业里程大幅缩水',
    problem: '长治冬季气温在-15℃左右，我司纯电洗扫车作业里程比夏季下降45%，电池加热和驾驶室取暖耗电大，环卫公司投诉多。',
    goals: '低温作业里程衰减≤25%，完成热泵空调与电机余热回收方案装车验证。',
    keywords: ['洗扫车', '冬季里程', '电池加热', '取暖耗电'],
    judging: { field: '新能源汽车电驱动与热管理', focus: ['热管理'], related: [] },
    judged: {
      expert: {
        right: [
          'c2c56798-8b02-43b0-9162-6c7c9a7332a0', '69be88c2-c350-4026-b6c3-d25503b4d326', 'ea732e5f-87bc-4747-b0fb-08081cec1e9e',
          'ea41201c-6953-4a3d-a576-f92117c84cc1', '2a39f056-5656-4f95-9dae-5e21a08ab22d', '6c0105a1-006e-46dd-8a17-b93e1cd413af',
          '753ffd93-15c6-4af3-ba55-a2723bfad955', '97336ce4-5b02-42f8-b8d4-9de91a90a7b2', '3d6372d9-97d2-4c8b-b744-290f0e63691c',
          '6adf248e-b086-4c18-80d1-8418afbdaa9f', '41ec1b0e-6b29-416d-8abc-7bcabb7e5930', '6c5db4e6-b9fb-41cf-84e7-b1b3234dd353',
        ],
        partial: [
          '65988e2e-52e2-43be-b100-2b3c1b3dd115', '4e7a36b9-8cb3-4134-93c0-8281bd961a2c', 'c949e941-b570-4e5e-94c9-9108cb17cba9',
          '187dd0c7-90d0-4a20-bbb7-5c712a462850',
        ],
      },
      society: {
        right: [],
        partial: [],
      },
      workstation: {
        right: [
          '442e0006-646d-4fbc-970e-b84e78e4084d', 'ee89d840-b20c-47ce-90b9-cadf219339e3',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000022',
    enterpriseId: '6e7e3909-0cdc-45b8-b818-209151d3ed42',
    industryCode: 'high_end_equipment',
    kind: 'collaboration',
    title: '电动物流车驱动电机高转速尖叫声抑制',
    problem: '车速60km/h以上时驾驶室内能听到明显的高频尖叫，测试发现与电机电磁力波和逆变器开关频率有关，客户主观评价差。',
    goals: '车内噪声降低3dB(A)，主观评价≥7分，不降低驱动效率。',
    keywords: ['高频尖叫', '电磁力波', '开关频率', '驾驶室噪声'],
    judging: { field: '新能源汽车电驱动与热管理', focus: ['NVH', '电机控制器'], related: [] },
    judged: {
      expert: {
        right: [
          'c2c56798-8b02-43b0-9162-6c7c9a7332a0', '69be88c2-c350-4026-b6c3-d25503b4d326', 'ea732e5f-87bc-4747-b0fb-08081cec1e9e',
          'ea41201c-6953-4a3d-a576-f92117c84cc1', '2a39f056-5656-4f95-9dae-5e21a08ab22d', '6c0105a1-006e-46dd-8a17-b93e1cd413af',
          '753ffd93-15c6-4af3-ba55-a2723bfad955', '97336ce4-5b02-42f8-b8d4-9de91a90a7b2', '3d6372d9-97d2-4c8b-b744-290f0e63691c',
          '65988e2e-52e2-43be-b100-2b3c1b3dd115', '6adf248e-b086-4c18-80d1-8418afbdaa9f', '41ec1b0e-6b29-416d-8abc-7bcabb7e5930',
          '6c5db4e6-b9fb-41cf-84e7-b1b3234dd353', '4e7a36b9-8cb3-4134-93c0-8281bd961a2c', 'c949e941-b570-4e5e-94c9-9108cb17cba9',
          '187dd0c7-90d0-4a20-bbb7-5c712a462850',
        ],
        partial: [],
      },
      society: {
        right: [],
        partial: [],
      },
      workstation: {
        right: [
          '442e0006-646d-4fbc-970e-b84e78e4084d', 'ee89d840-b20c-47ce-90b9-cadf219339e3',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000023',
    enterpriseId: 'bb1ad602-9b8a-45d7-a49c-2332112e95ad',
    industryCode: 'high_end_equipment',
    kind: 'new_product',
    title: '中重型电动专用车一体化驱动桥开发',
    problem: '现有方案为中央电机加传动轴，传动效率低、底盘空间占用大，上装布置困难；自重偏大也挤占了载质量。',
    goals: '驱动桥综合效率≥90%，整车减重8%，完成样车道路试验。',
    keywords: ['驱动桥', '三合一', '传动效率', '底盘布置'],
    judging: { field: '新能源汽车电驱动与热管理', focus: ['电驱动系统', '整车轻量化'], related: [] },
    judged: {
      expert: {
        right: [
          'c2c56798-8b02-43b0-9162-6c7c9a7332a0', 'ea732e5f-87bc-4747-b0fb-08081cec1e9e', 'ea41201c-6953-4a3d-a576-f92117c84cc1',
          '6c0105a1-006e-46dd-8a17-b93e1cd413af', '753ffd93-15c6-4af3-ba55-a2723bfad955', '97336ce4-5b02-42f8-b8d4-9de91a90a7b2',
          '3d6372d9-97d2-4c8b-b744-290f0e63691c', '65988e2e-52e2-43be-b100-2b3c1b3dd115', '6adf248e-b086-4c18-80d1-8418afbdaa9f',
          '41ec1b0e-6b29-416d-8abc-7bcabb7e5930', '6c5db4e6-b9fb-41cf-84e7-b1b3234dd353', '4e7a36b9-8cb3-4134-93c0-8281bd961a2c',
          '187dd0c7-90d0-4a20-bbb7-5c712a462850',
        ],
        partial: [
          '69be88c2-c350-4026-b6c3-d25503b4d326', '2a39f056-5656-4f95-9dae-5e21a08ab22d', 'c949e941-b570-4e5e-94c9-9108cb17cba9',
        ],
      },
      society: {
        right: [],
        partial: [],
      },
      workstation: {
        right: [
          '442e0006-646d-4fbc-970e-b84e78e4084d', 'ee89d840-b20c-47ce-90b9-cadf219339e3',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000024',
    enterpriseId: '43282f88-0644-42e0-a709-26d5dc26fb86',
    industryCode: 'modern_coal_chemical',
    kind: 'breakthrough',
    title: '碎煤加压气化污水萃取塔乳化及出水含酚偏高',
    problem: '污水预处理单元萃取塔经常乳化，溶剂夹带损失大，出水总酚在600mg/L以上，对后续生化段冲击严重，外排指标时有超标。',
    goals: '总酚去除率≥95%，溶剂损耗降低50%，生化进水稳定达标。',
    keywords: ['萃取塔乳化', '溶剂损耗', '生化冲击', '二异丙基醚'],
    judging: { field: '煤化工废水处理与资源化', focus: ['酚氨回收', '煤气化废水'], related: [] },
    judged: {
      expert: {
        right: [
          '955fdb58-4d1a-42f6-ae5a-9a570547f121', 'fc0e4fbd-a3a0-464d-9857-1e583c20eda9', '5610fc91-e720-43ec-8ec5-de4875689bfb',
          '5b0f8dcd-20fa-42ea-8c5a-7cc31af17b57', '5bf1b8ab-11f1-4dba-8593-44217ba3b528', '847d1987-02cf-4540-a5ab-3a3149b2118c',
          'c2bb1d28-cf15-48d8-a244-d194a7c04b5c', '5955de8a-9f2b-4d62-a505-c11e723ac692', 'ef56be1f-d841-4743-9c00-7578dad1a6a0',
          '127d60a8-e006-42f5-8e7a-15d17c13dec2', '5e0e70f4-7a89-4a9a-89f1-8ba08e939712', '5a1a7beb-c988-48f6-adbb-7d82849dfb83',
          'ad6c3bcc-66d9-4bb3-93bb-e54fb9b2d896', 'ed452a81-d86a-4871-baea-7bdc6460cd65', 'a02176d5-69df-4a54-9e6b-8294eb282349',
          '1e85b9f0-658b-4a60-b896-527a63c42676',
        ],
        partial: [
          '18518291-0306-439a-8418-a854c5c6988e', '0090457d-5291-4cf6-803b-49497ffceac6', '432e9b00-99a4-4181-bbd1-a696c7263bae',
        ],
      },
      society: {
        right: [],
        partial: [
          '828564b2-545e-4937-9f6b-bfec31e28ac0',
        ],
      },
      workstation: {
        right: [
          'e5f0d67a-fb7c-4f5f-a175-d1cef508093f',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000025',
    enterpriseId: 'b1007df9-d00c-46ba-ad99-95578862c6ac',
    industryCode: 'modern_coal_chemical',
    kind: 'collaboration',
    title: '浓盐水蒸发结晶产出杂盐的分质资源化',
    problem: '公司蒸发结晶装置每年产出混合盐约8000吨，被列为危险废物，处置费每吨2500元；前端反渗透段污堵、化学清洗频繁。',
    goals: '分离出工业级氯化钠和硫酸钠，纯度≥98.5%，危废量减少90%，反渗透清洗周期延长到60天。',
    keywords: ['混合盐', '分盐', '蒸发结晶', '危废处置'],
    judging: { field: '煤化工废水处理与资源化', focus: ['高盐废水', '零排放', '膜浓缩'], related: [{ field: '工业水处理与矿井水资源化', focus: ['膜分离'] }] },
    judged: {
      expert: {
        right: [
          '955fdb58-4d1a-42f6-ae5a-9a570547f121', '5610fc91-e720-43ec-8ec5-de4875689bfb', '18518291-0306-439a-8418-a854c5c6988e',
          '5b0f8dcd-20fa-42ea-8c5a-7cc31af17b57', '5bf1b8ab-11f1-4dba-8593-44217ba3b528', '847d1987-02cf-4540-a5ab-3a3149b2118c',
          'c2bb1d28-cf15-48d8-a244-d194a7c04b5c', '5955de8a-9f2b-4d62-a505-c11e723ac692', 'ef56be1f-d841-4743-9c00-7578dad1a6a0',
          '127d60a8-e006-42f5-8e7a-15d17c13dec2', '0090457d-5291-4cf6-803b-49497ffceac6', '432e9b00-99a4-4181-bbd1-a696c7263bae',
          '5e0e70f4-7a89-4a9a-89f1-8ba08e939712', '5a1a7beb-c988-48f6-adbb-7d82849dfb83', 'ad6c3bcc-66d9-4bb3-93bb-e54fb9b2d896',
          'ed452a81-d86a-4871-baea-7bdc6460cd65', 'a02176d5-69df-4a54-9e6b-8294eb282349', '1e85b9f0-658b-4a60-b896-527a63c42676',
        ],
        partial: [
          'fc0e4fbd-a3a0-464d-9857-1e583c20eda9', '528a1ae8-deb5-4590-97ec-9438fa47458a', 'e7804e6a-4d50-428c-8a96-6c58267fe480',
          '2c2296d1-6d51-492d-be8c-0638885ead13', 'bef53a50-aa3b-4741-b132-f0c2ff6f42fe', 'b737a766-2b09-4897-9810-0ec8fe3b7c09',
          'bfc6d66a-f43b-4696-98be-5a4c1257926d', '3336f926-417c-45fa-9ad4-bfef4db6b78e',
        ],
      },
      society: {
        right: [],
        partial: [
          '828564b2-545e-4937-9f6b-bfec31e28ac0',
        ],
      },
      workstation: {
        right: [
          'e5f0d67a-fb7c-4f5f-a175-d1cef508093f',
        ],
        partial: [
          'e055c862-e6e7-4fea-bf2a-458ee801794b', '5dc16c96-22e4-4753-8c5b-8fc04eba77cd',
        ],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000026',
    enterpriseId: 'cad5bd5f-40a4-4ab2-94d5-fadf4c0bfb1c',
    industryCode: 'modern_coal_chemical',
    kind: 'breakthrough',
    title: '焦化副产油品提质装置运行周期短',
    background: '公司以中低温干馏副产重油为原料建有50万吨/年临氢提质装置。',
    problem: '反应器床层压降在三个月内由0.2MPa升至0.8MPa，被迫停工撇头；催化剂活性下降快，精制油硫、氮含量偏高，达不到下游调和要求。',
    goals: '单周期连续运行≥8000小时，精制油硫含量≤10ppm，装置能耗降低10%。',
    keywords: ['床层压降', '撇头', '临氢提质', '脱硫脱氮'],
    judging: { field: '煤焦油加氢与煤基精细化学品', focus: ['煤焦油加氢', '加氢催化剂'], related: [] },
    judged: {
      expert: {
        right: [
          '5aea20b3-40f5-4461-a587-f87175ec91ff', '4353b3c6-7054-454b-be9b-089e49cb9808', '762e2c9e-da1e-47f4-81b7-562d2bb9794c',
          'ff51d973-31ae-43b8-b6bf-662c9fb6269e', '5bf1b8ab-11f1-4dba-8593-44217ba3b528', '056b19a0-348e-4770-8fca-0a15c9662f67',
          'c2bb1d28-cf15-48d8-a244-d194a7c04b5c', '206955b4-a8d2-4c3c-9ba1-d944a6675db7', 'ef56be1f-d841-4743-9c00-7578dad1a6a0',
          'f35e1c76-9c43-447f-9f39-dff63d5b7fa5', '528a1ae8-deb5-4590-97ec-9438fa47458a', '54a7cba3-b827-4baf-8c56-0abfa8b387f7',
          '127d60a8-e006-42f5-8e7a-15d17c13dec2', '887af3c0-96d6-4501-a653-59a718b58451', '13bdfdcc-7a48-4b97-a91d-2e0d17b73d12',
          '5e0e70f4-7a89-4a9a-89f1-8ba08e939712', 'a0402b40-8cc8-4b60-990c-bc87dc2fb134', 'ed452a81-d86a-4871-baea-7bdc6460cd65',
          '6b9c41ff-4ede-4a47-afbc-81667edba58d', '034fc1b3-98bb-4a7c-a288-d1e7653844db', 'a02176d5-69df-4a54-9e6b-8294eb282349',
        ],
        partial: [
          'c32af7f2-3504-447f-b50a-c9d38a5aadde', '9d2cff06-fcf7-4846-82b4-800d2b1e3ce3',
        ],
      },
      society: {
        right: [],
        partial: [
          '4930bd63-e254-4a2a-a2b8-df6673c1ba28', 'a111652c-17b4-426e-96ea-b3215a8396ca', 'e554907b-5cd5-4850-afdc-125744cec868',
        ],
      },
      workstation: {
        right: [
          'e5f0d67a-fb7c-4f5f-a175-d1cef508093f',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000027',
    enterpriseId: '3b5d736a-b5cb-48e1-a8ec-74d1a38d2859',
    industryCode: 'modern_coal_chemical',
    kind: 'collaboration',
    title: '洗油中吲哚、喹啉等高值组分提取',
    problem: '公司洗油馏分目前整体作为燃料油出售，每吨不足3000元；想从中分离吲哚、喹啉、联苯等产品，但馏分切割不清，结晶纯度达不到试剂级。',
    goals: '吲哚纯度≥99%，目标组分收率提高8个百分点，形成千吨级工艺包。',
    keywords: ['洗油', '吲哚', '喹啉', '结晶纯度'],
    judging: { field: '煤焦油加氢与煤基精细化学品', focus: ['芳烃分离', '精细化学品'], related: [] },
    judged: {
      expert: {
        right: [
          '5aea20b3-40f5-4461-a587-f87175ec91ff', '4353b3c6-7054-454b-be9b-089e49cb9808', '762e2c9e-da1e-47f4-81b7-562d2bb9794c',
          '5bf1b8ab-11f1-4dba-8593-44217ba3b528', '056b19a0-348e-4770-8fca-0a15c9662f67', 'c2bb1d28-cf15-48d8-a244-d194a7c04b5c',
          'c32af7f2-3504-447f-b50a-c9d38a5aadde', '9d2cff06-fcf7-4846-82b4-800d2b1e3ce3', 'f35e1c76-9c43-447f-9f39-dff63d5b7fa5',
          '54a7cba3-b827-4baf-8c56-0abfa8b387f7', '127d60a8-e006-42f5-8e7a-15d17c13dec2', '887af3c0-96d6-4501-a653-59a718b58451',
          '13bdfdcc-7a48-4b97-a91d-2e0d17b73d12', '5e0e70f4-7a89-4a9a-89f1-8ba08e939712', 'a0402b40-8cc8-4b60-990c-bc87dc2fb134',
          'ed452a81-d86a-4871-baea-7bdc6460cd65', '6b9c41ff-4ede-4a47-afbc-81667edba58d', '034fc1b3-98bb-4a7c-a288-d1e7653844db',
          'a02176d5-69df-4a54-9e6b-8294eb282349',
        ],
        partial: [
          'ff51d973-31ae-43b8-b6bf-662c9fb6269e', '206955b4-a8d2-4c3c-9ba1-d944a6675db7', 'ef56be1f-d841-4743-9c00-7578dad1a6a0',
          '528a1ae8-deb5-4590-97ec-9438fa47458a',
        ],
      },
      society: {
        right: [],
        partial: [
          '4930bd63-e254-4a2a-a2b8-df6673c1ba28', 'a111652c-17b4-426e-96ea-b3215a8396ca', 'e554907b-5cd5-4850-afdc-125744cec868',
        ],
      },
      workstation: {
        right: [
          'e5f0d67a-fb7c-4f5f-a175-d1cef508093f',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000028',
    enterpriseId: 'c5f9ab45-3e22-49c7-bfa3-9f25a37559ef',
    industryCode: 'modern_coal_chemical',
    kind: 'transfer',
    title: '浸渍剂及包覆用特种沥青生产技术引进',
    problem: '公司中温沥青销路差、价格低，想改产浸渍剂沥青和负极包覆沥青，但喹啉不溶物和结焦值控制不住，自行摸索两年未果。',
    goals: '喹啉不溶物≤0.5%，结焦值≥56%，建成2万吨/年生产线。',
    keywords: ['浸渍剂', '喹啉不溶物', '结焦值', '包覆'],
    judging: { field: '煤焦油加氢与煤基精细化学品', focus: ['沥青改质'], related: [{ field: '煤基炭材料与锂电负极', focus: ['沥青基炭材料', '中间相'] }] },
    judged: {
      expert: {
        right: [
          '5aea20b3-40f5-4461-a587-f87175ec91ff', '4353b3c6-7054-454b-be9b-089e49cb9808', '762e2c9e-da1e-47f4-81b7-562d2bb9794c',
          'ff51d973-31ae-43b8-b6bf-662c9fb6269e', 'c2bb1d28-cf15-48d8-a244-d194a7c04b5c', '206955b4-a8d2-4c3c-9ba1-d944a6675db7',
          '9d2cff06-fcf7-4846-82b4-800d2b1e3ce3', 'ef56be1f-d841-4743-9c00-7578dad1a6a0', '528a1ae8-deb5-4590-97ec-9438fa47458a',
          '54a7cba3-b827-4baf-8c56-0abfa8b387f7', '127d60a8-e006-42f5-8e7a-15d17c13dec2', '887af3c0-96d6-4501-a653-59a718b58451',
          '13bdfdcc-7a48-4b97-a91d-2e0d17b73d12', '5e0e70f4-7a89-4a9a-89f1-8ba08e939712', 'a0402b40-8cc8-4b60-990c-bc87dc2fb134',
          'ed452a81-d86a-4871-baea-7bdc6460cd65', '6b9c41ff-4ede-4a47-afbc-81667edba58d', '034fc1b3-98bb-4a7c-a288-d1e7653844db',
        ],
        partial: [
          'e90499dc-9f15-423b-b383-8384b2be71f0', 'cb754b30-583f-4876-aa31-3f37685ba82f', '5bf1b8ab-11f1-4dba-8593-44217ba3b528',
          '5eaf43bf-2201-4af8-a3b9-064e4c056e73', '056b19a0-348e-4770-8fca-0a15c9662f67', 'c32af7f2-3504-447f-b50a-c9d38a5aadde',
          '36d6a9ea-994f-41f7-a55b-096f8c3cb0ce', 'f35e1c76-9c43-447f-9f39-dff63d5b7fa5', '9e9eb9c5-eb31-4130-96f7-9a00e35f9b5b',
          '39712eee-1f92-4110-be09-f218208ed681', '6357d63a-7b1c-4cde-ba97-a129e196b04e', 'e69f0909-b26b-4cfb-b4af-29a8911dd70f',
          '749afbe9-1e7c-49d4-b733-f0c209b5af6b', 'f1f769ac-7643-4c9b-abb4-6aba41a3e15d', '868e7e08-dda5-4394-b5a5-ead7628e4482',
          '41157737-1580-4edc-8274-6e290c330b4b', '4914ddf1-0469-4be4-9391-ec5adbaa4959', '4d88975e-063b-4597-b656-ef2c74b80bb4',
          '33a15a6a-d7af-4bcf-9516-296798370ee5', 'e7a96c1c-ab25-47ea-b643-0ebf04d6c904', '984b4465-0c6b-4716-91c5-3f99d39969b2',
          'a02176d5-69df-4a54-9e6b-8294eb282349', '3c0628ec-14eb-4589-8038-e620e4da1a3c',
        ],
      },
      society: {
        right: [],
        partial: [
          '4930bd63-e254-4a2a-a2b8-df6673c1ba28', 'a111652c-17b4-426e-96ea-b3215a8396ca', 'e554907b-5cd5-4850-afdc-125744cec868',
        ],
      },
      workstation: {
        right: [
          'e5f0d67a-fb7c-4f5f-a175-d1cef508093f',
        ],
        partial: [
          'a9382da7-cfd1-4281-b87e-c14e222ecd56', '7cd03aa1-a646-4d53-8ecb-edf598599ad9', '9bcd2c32-5df0-4766-9a03-99b151031757',
          '7413c344-c563-40a2-be2d-2cd9db1c0849',
        ],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000029',
    enterpriseId: '6d021421-52dd-4dae-8bf8-1beb502bc1ea',
    industryCode: 'modern_coal_chemical',
    kind: 'breakthrough',
    title: '煤间接液化反应器催化剂细粉增多与蜡过滤困难',
    problem: '三相鼓泡反应器运行中催化剂颗粒破碎严重，细粉堵塞内置过滤器，重质产品中含固量超标；取热盘管结垢，床层轴向温差大。',
    goals: '催化剂月磨损率≤0.5%，重质产品含固≤50ppm，C5+选择性≥88%。',
    keywords: ['间接液化', '三相鼓泡', '细粉', '过滤器堵塞'],
    judging: { field: '合成气转化与费托合成', focus: ['浆态床', '钴基催化剂'], related: [] },
    judged: {
      expert: {
        right: [
          'fc0e4fbd-a3a0-464d-9857-1e583c20eda9', '8314caa0-ca38-4458-8cd8-79be75b3146d', '5610fc91-e720-43ec-8ec5-de4875689bfb',
          '5b0f8dcd-20fa-42ea-8c5a-7cc31af17b57', 'b8abef7e-768c-4a0f-b209-662846edc532', 'dd6f8940-bd65-4725-93a9-2604f553987a',
          'd9fe5a4a-e0d7-413e-8338-d34c87ece754', 'c32af7f2-3504-447f-b50a-c9d38a5aadde', '9d2cff06-fcf7-4846-82b4-800d2b1e3ce3',
          'ef56be1f-d841-4743-9c00-7578dad1a6a0', 'd61c168c-8f57-41c2-b50f-c30c93568f1d', '7555021a-a372-4f17-a638-30e3bb17883e',
          '868e7e08-dda5-4394-b5a5-ead7628e4482', '0090457d-5291-4cf6-803b-49497ffceac6', '432e9b00-99a4-4181-bbd1-a696c7263bae',
          'd2a2e215-f9ca-4d75-a8a0-8f6d72b1c7fe', '13bdfdcc-7a48-4b97-a91d-2e0d17b73d12', '5a1a7beb-c988-48f6-adbb-7d82849dfb83',
          'a02176d5-69df-4a54-9e6b-8294eb282349', '1e85b9f0-658b-4a60-b896-527a63c42676',
        ],
        partial: [
          'd2686909-fd0a-4461-aea9-187ac64a0b47', '37fb102b-6da9-4bee-a2c4-49cf4763ecba', 'ed452a81-d86a-4871-baea-7bdc6460cd65',
        ],
      },
      society: {
        right: [],
        partial: [
          '4930bd63-e254-4a2a-a2b8-df6673c1ba28', 'a111652c-17b4-426e-96ea-b3215a8396ca', 'e554907b-5cd5-4850-afdc-125744cec868',
        ],
      },
      workstation: {
        right: [
          'e5f0d67a-fb7c-4f5f-a175-d1cef508093f',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000030',
    enterpriseId: 'f979ee9c-d7f6-45a2-9212-f5dd465bcce3',
    industryCode: 'modern_coal_chemical',
    kind: 'collaboration',
    title: '一氧化碳加氢制C2+混合醇催化剂开发',
    problem: '拟利用富余气化气生产乙醇、丙醇等混合醇，现有铜基催化剂醇类选择性只有45%，甲烷等烃类副产多，催化剂寿命不到1000小时。',
    goals: '总醇选择性≥70%，C2+醇占比≥50%，催化剂寿命≥4000小时。',
    keywords: ['混合醇', '一氧化碳加氢', '醇选择性', '铜基'],
    judging: { field: '合成气转化与费托合成', focus: ['碳一化学', '合成气'], related: [] },
    judged: {
      expert: {
        right: [
          'fc0e4fbd-a3a0-464d-9857-1e583c20eda9', '8314caa0-ca38-4458-8cd8-79be75b3146d', '5610fc91-e720-43ec-8ec5-de4875689bfb',
          '5b0f8dcd-20fa-42ea-8c5a-7cc31af17b57', 'b8abef7e-768c-4a0f-b209-662846edc532', 'dd6f8940-bd65-4725-93a9-2604f553987a',
          'd9fe5a4a-e0d7-413e-8338-d34c87ece754', 'c32af7f2-3504-447f-b50a-c9d38a5aadde', '9d2cff06-fcf7-4846-82b4-800d2b1e3ce3',
          'ef56be1f-d841-4743-9c00-7578dad1a6a0', 'd2686909-fd0a-4461-aea9-187ac64a0b47', '37fb102b-6da9-4bee-a2c4-49cf4763ecba',
          'd61c168c-8f57-41c2-b50f-c30c93568f1d', '7555021a-a372-4f17-a638-30e3bb17883e', '868e7e08-dda5-4394-b5a5-ead7628e4482',
          '432e9b00-99a4-4181-bbd1-a696c7263bae', 'd2a2e215-f9ca-4d75-a8a0-8f6d72b1c7fe', '13bdfdcc-7a48-4b97-a91d-2e0d17b73d12',
          'ed452a81-d86a-4871-baea-7bdc6460cd65', '1e85b9f0-658b-4a60-b896-527a63c42676',
        ],
        partial: [
          '0090457d-5291-4cf6-803b-49497ffceac6', '5a1a7beb-c988-48f6-adbb-7d82849dfb83', 'a02176d5-69df-4a54-9e6b-8294eb282349',
        ],
      },
      society: {
        right: [],
        partial: [
          '4930bd63-e254-4a2a-a2b8-df6673c1ba28', 'a111652c-17b4-426e-96ea-b3215a8396ca', 'e554907b-5cd5-4850-afdc-125744cec868',
        ],
      },
      workstation: {
        right: [
          'e5f0d67a-fb7c-4f5f-a175-d1cef508093f',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000031',
    enterpriseId: '7b8d6dfb-a887-4b89-aa3b-c9f41853c4cb',
    industryCode: 'modern_coal_chemical',
    kind: 'new_product',
    title: '高熔点白色精制蜡产品开发',
    problem: '装置副产的重质蜡目前低价外售，颜色发黄、含油量高，想精制为高熔点热熔胶用蜡和化妆品级蜡，提高附加值。',
    goals: '熔点≥105℃，含油≤0.5%，色度达到+25赛波特，产品附加值提升30%。',
    keywords: ['重质蜡', '精制', '热熔胶', '含油量'],
    judging: { field: '合成气转化与费托合成', focus: ['费托合成'], related: [] },
    judged: {
      expert: {
        right: [
          'fc0e4fbd-a3a0-464d-9857-1e583c20eda9', '8314caa0-ca38-4458-8cd8-79be75b3146d', '5b0f8dcd-20fa-42ea-8c5a-7cc31af17b57',
          'b8abef7e-768c-4a0f-b209-662846edc532', 'dd6f8940-bd65-4725-93a9-2604f553987a', 'd9fe5a4a-e0d7-413e-8338-d34c87ece754',
          'c32af7f2-3504-447f-b50a-c9d38a5aadde', '9d2cff06-fcf7-4846-82b4-800d2b1e3ce3', 'ef56be1f-d841-4743-9c00-7578dad1a6a0',
          '37fb102b-6da9-4bee-a2c4-49cf4763ecba', 'd61c168c-8f57-41c2-b50f-c30c93568f1d', '7555021a-a372-4f17-a638-30e3bb17883e',
          '868e7e08-dda5-4394-b5a5-ead7628e4482', '0090457d-5291-4cf6-803b-49497ffceac6', '432e9b00-99a4-4181-bbd1-a696c7263bae',
          'd2a2e215-f9ca-4d75-a8a0-8f6d72b1c7fe', '13bdfdcc-7a48-4b97-a91d-2e0d17b73d12', '5a1a7beb-c988-48f6-adbb-7d82849dfb83',
          'ed452a81-d86a-4871-baea-7bdc6460cd65', 'a02176d5-69df-4a54-9e6b-8294eb282349',
        ],
        partial: [
          '5610fc91-e720-43ec-8ec5-de4875689bfb', 'd2686909-fd0a-4461-aea9-187ac64a0b47', '1e85b9f0-658b-4a60-b896-527a63c42676',
        ],
      },
      society: {
        right: [],
        partial: [
          '4930bd63-e254-4a2a-a2b8-df6673c1ba28', 'a111652c-17b4-426e-96ea-b3215a8396ca', 'e554907b-5cd5-4850-afdc-125744cec868',
        ],
      },
      workstation: {
        right: [
          'e5f0d67a-fb7c-4f5f-a175-d1cef508093f',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000032',
    enterpriseId: 'a149413b-f7f3-4fb3-b994-30df5d9967ae',
    industryCode: 'modern_coal_chemical',
    kind: 'breakthrough',
    title: '焦化尾气制液化天然气装置镍系催化剂寿命短',
    problem: '焦化尾气经净化后进入甲烷合成单元，镍催化剂半年内活性明显下降，分析为有机硫穿透导致中毒，更换一次催化剂损失上千万元。',
    goals: '净化后总硫≤0.1ppm，合成催化剂寿命≥2年，LNG产量提升10%。',
    keywords: ['焦化尾气', '有机硫', '镍催化剂', '中毒失活'],
    judging: { field: '焦炉煤气利用与二氧化碳捕集', focus: ['甲烷化', '精脱硫'], related: [] },
    judged: {
      expert: {
        right: [
          '955fdb58-4d1a-42f6-ae5a-9a570547f121', 'b8abef7e-768c-4a0f-b209-662846edc532', '784844c2-79de-47c4-b0cc-d04ccd80b653',
          '9d2cff06-fcf7-4846-82b4-800d2b1e3ce3', 'd2686909-fd0a-4461-aea9-187ac64a0b47', '37fb102b-6da9-4bee-a2c4-49cf4763ecba',
          '272d7617-81ef-4b51-8cda-0d7d75c53ea9', '9e494e23-0105-4e2f-88c8-5b2f9797ff89', '9586f004-2ab8-4886-a23d-43d97d4fb5b7',
          'ec037f8f-c540-4518-a2e6-d4735b0f645e', 'd2a2e215-f9ca-4d75-a8a0-8f6d72b1c7fe', '034fc1b3-98bb-4a7c-a288-d1e7653844db',
          '1e85b9f0-658b-4a60-b896-527a63c42676',
        ],
        partial: [
          '5b0f8dcd-20fa-42ea-8c5a-7cc31af17b57', '4353b3c6-7054-454b-be9b-089e49cb9808', '762e2c9e-da1e-47f4-81b7-562d2bb9794c',
          '5bf1b8ab-11f1-4dba-8593-44217ba3b528',
        ],
      },
      society: {
        right: [],
        partial: [
          '4930bd63-e254-4a2a-a2b8-df6673c1ba28', 'a111652c-17b4-426e-96ea-b3215a8396ca', 'e554907b-5cd5-4850-afdc-125744cec868',
        ],
      },
      workstation: {
        right: [
          'e5f0d67a-fb7c-4f5f-a175-d1cef508093f',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000033',
    enterpriseId: '78c7ec55-43f5-48c1-9393-1fe2d3469169',
    industryCode: 'modern_coal_chemical',
    kind: 'commercialisation',
    title: '加热炉烟道气二氧化碳回收制食品级产品中试',
    problem: '醇胺吸收中试装置再生蒸汽消耗高，每吨产品约3.5GJ；再生塔和贫富液换热器腐蚀穿孔，装置无法长周期运行。',
    goals: '再生能耗≤2.5GJ/t，回收率≥90%，产品达到食品级，年回收10万吨。',
    keywords: ['醇胺吸收', '再生蒸汽', '设备腐蚀', '食品级'],
    judging: { field: '焦炉煤气利用与二氧化碳捕集', focus: ['CO2捕集', '碳减排'], related: [] },
    judged: {
      expert: {
        right: [
          '955fdb58-4d1a-42f6-ae5a-9a570547f121', 'd70fe806-1e16-40d2-93f6-ba9c785c0803', '5b0f8dcd-20fa-42ea-8c5a-7cc31af17b57',
          '4353b3c6-7054-454b-be9b-089e49cb9808', '762e2c9e-da1e-47f4-81b7-562d2bb9794c', 'b8abef7e-768c-4a0f-b209-662846edc532',
          '5bf1b8ab-11f1-4dba-8593-44217ba3b528', '784844c2-79de-47c4-b0cc-d04ccd80b653', '9d2cff06-fcf7-4846-82b4-800d2b1e3ce3',
          'd2686909-fd0a-4461-aea9-187ac64a0b47', '37fb102b-6da9-4bee-a2c4-49cf4763ecba', '272d7617-81ef-4b51-8cda-0d7d75c53ea9',
          '9e494e23-0105-4e2f-88c8-5b2f9797ff89', '9586f004-2ab8-4886-a23d-43d97d4fb5b7', 'ec037f8f-c540-4518-a2e6-d4735b0f645e',
          'd2a2e215-f9ca-4d75-a8a0-8f6d72b1c7fe', '034fc1b3-98bb-4a7c-a288-d1e7653844db', '1e85b9f0-658b-4a60-b896-527a63c42676',
        ],
        partial: [],
      },
      society: {
        right: [],
        partial: [
          '4930bd63-e254-4a2a-a2b8-df6673c1ba28', 'a111652c-17b4-426e-96ea-b3215a8396ca', 'e554907b-5cd5-4850-afdc-125744cec868',
        ],
      },
      workstation: {
        right: [
          'e5f0d67a-fb7c-4f5f-a175-d1cef508093f',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000034',
    enterpriseId: '43282f88-0644-42e0-a709-26d5dc26fb86',
    industryCode: 'modern_coal_chemical',
    kind: 'consulting',
    title: '焦化富余煤气利用路线比选',
    background: '公司焦炉年产富余煤气约3亿立方米，目前部分放散、部分发电。',
    problem: '对于富余煤气是制液化天然气、提氢还是配套生产甲醇，企业内部意见不一，缺乏市场、技术与投资的综合论证。',
    goals: '形成利用路线比选报告，提出推荐方案与投资估算，目标是年增效益5000万元以上。',
    keywords: ['富余煤气', '路线比选', '放散', '投资估算'],
    judging: { field: '焦炉煤气利用与二氧化碳捕集', focus: ['焦炉煤气'], related: [{ field: '工业副产氢分离纯化', focus: ['焦炉煤气制氢'] }] },
    judged: {
      expert: {
        right: [
          '5b0f8dcd-20fa-42ea-8c5a-7cc31af17b57', '4353b3c6-7054-454b-be9b-089e49cb9808', '762e2c9e-da1e-47f4-81b7-562d2bb9794c',
          '5bf1b8ab-11f1-4dba-8593-44217ba3b528', '9d2cff06-fcf7-4846-82b4-800d2b1e3ce3', '37fb102b-6da9-4bee-a2c4-49cf4763ecba',
          '272d7617-81ef-4b51-8cda-0d7d75c53ea9', '9e494e23-0105-4e2f-88c8-5b2f9797ff89', '9586f004-2ab8-4886-a23d-43d97d4fb5b7',
          'ec037f8f-c540-4518-a2e6-d4735b0f645e', '034fc1b3-98bb-4a7c-a288-d1e7653844db',
        ],
        partial: [
          '955fdb58-4d1a-42f6-ae5a-9a570547f121', '7eedfe79-9dd8-4f13-8a42-1f8c16146563', 'd70fe806-1e16-40d2-93f6-ba9c785c0803',
          'c0f4dfc5-3d17-43fd-8dc2-25d3e10b1661', 'b8abef7e-768c-4a0f-b209-662846edc532', '784844c2-79de-47c4-b0cc-d04ccd80b653',
          '04235aaa-0a4d-4638-85fe-904320ddb640', 'd2686909-fd0a-4461-aea9-187ac64a0b47', '185e8237-720c-467a-b679-45c0e44dd117',
          '86aed107-c3bd-4999-9754-56750aac7b24', 'd2a2e215-f9ca-4d75-a8a0-8f6d72b1c7fe', 'f239c5aa-45f1-434d-96e3-fa4d900c256a',
          'e02076ac-5610-4ac6-b754-56e6b73bf4b1', '1e85b9f0-658b-4a60-b896-527a63c42676',
        ],
      },
      society: {
        right: [],
        partial: [
          '4930bd63-e254-4a2a-a2b8-df6673c1ba28', 'a111652c-17b4-426e-96ea-b3215a8396ca', 'e554907b-5cd5-4850-afdc-125744cec868',
        ],
      },
      workstation: {
        right: [
          'e5f0d67a-fb7c-4f5f-a175-d1cef508093f',
        ],
        partial: [
          '1a42382f-638d-4870-aed3-f80eca15de77',
        ],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000035',
    enterpriseId: 'baea98ec-934c-46af-8e08-e64008166c34',
    industryCode: 'photovoltaic_new_energy',
    kind: 'breakthrough',
    title: 'N型隧穿氧化层钝化电池量产效率爬坡',
    problem: '产线低压化学气相沉积多晶硅层后绕镀严重，氧化层厚度片间不均，电致发光图像黑斑多，平均效率比同行低0.3个百分点。',
    goals: '量产平均效率≥25.8%，EL不良率降至0.8%以下。',
    keywords: ['隧穿氧化层', '绕镀', '电致发光', '黑斑'],
    judging: { field: '高效晶硅太阳电池', focus: ['TOPCon', '钝化接触'], related: [] },
    judged: {
      expert: {
        right: [
          '04909ddb-33c6-4702-8c39-5a0a98ddecc2', 'd5356743-d1de-40a4-b877-8acc1deccfdd', '37fb102b-6da9-4bee-a2c4-49cf4763ecba',
          '5460f397-3404-4048-bad9-d27ff1e024b3', '432063a7-5243-4e68-be7b-e4069217e411', 'a8ad6379-0669-48dd-a506-7667da0363a9',
          '48b729ce-242f-46fa-8048-5162512b5214', '0cceda67-6e8f-4773-bf11-b99a3b888921', '535b1171-1c8b-44e0-b70c-e54d8e69ce11',
          'eb31942b-a1ad-42ec-9408-166c6aa4021e',
        ],
        partial: [
          '18518291-0306-439a-8418-a854c5c6988e',
        ],
      },
      society: {
        right: [],
        partial: [],
      },
      workstation: {
        right: [
          '7cd03aa1-a646-4d53-8ecb-edf598599ad9', '4e79bf4b-b5fe-43ca-b9b5-3e85f708ef6e',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000036',
    enterpriseId: 'ccedb5ce-c0b4-43c7-9306-55ae6be23e81',
    industryCode: 'photovoltaic_new_energy',
    kind: 'collaboration',
    title: 'HJT电池低温银浆耗量压降',
    problem: 'HJT产线单片低温银浆耗量约180mg，占非硅成本一半以上；想导入银包铜浆料与无主栅工艺，但担心焊接拉力与湿热可靠性。',
    goals: '单片浆料耗量降低20%，双85老化1000小时衰减≤5%。',
    keywords: ['低温银浆', '银包铜', '无主栅', '非硅成本'],
    judging: { field: '高效晶硅太阳电池', focus: ['金属化', '异质结'], related: [] },
    judged: {
      expert: {
        right: [
          '04909ddb-33c6-4702-8c39-5a0a98ddecc2', '18518291-0306-439a-8418-a854c5c6988e', 'd5356743-d1de-40a4-b877-8acc1deccfdd',
          '5460f397-3404-4048-bad9-d27ff1e024b3', '432063a7-5243-4e68-be7b-e4069217e411', 'a8ad6379-0669-48dd-a506-7667da0363a9',
          '48b729ce-242f-46fa-8048-5162512b5214', '0cceda67-6e8f-4773-bf11-b99a3b888921', '535b1171-1c8b-44e0-b70c-e54d8e69ce11',
          'eb31942b-a1ad-42ec-9408-166c6aa4021e',
        ],
        partial: [
          '37fb102b-6da9-4bee-a2c4-49cf4763ecba',
        ],
      },
      society: {
        right: [],
        partial: [],
      },
      workstation: {
        right: [
          '7cd03aa1-a646-4d53-8ecb-edf598599ad9', '4e79bf4b-b5fe-43ca-b9b5-3e85f708ef6e',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000037',
    enterpriseId: 'b19345bd-ec9f-4789-a913-9292f95b84f7',
    industryCode: 'photovoltaic_new_energy',
    kind: 'breakthrough',
    title: '工商业储能柜电芯温差大与起火风险防控',
    problem: '液冷储能柜运行中电芯最大温差达7℃，个别模组温度异常升高前没有任何报警，业主担心起火，园区消防部门也提出整改意见。',
    goals: '电芯温差≤3℃，异常升温提前10分钟以上报警，通过消防验收。',
    keywords: ['储能柜', '电芯温差', '起火预警', '液冷'],
    judging: { field: '电化学储能系统集成', focus: ['热失控'], related: [] },
    judged: {
      expert: {
        right: [
          'f175e13e-c645-4588-be09-96f6fc2850ce', '5b8001f1-da11-4045-b982-0a91bd195c09', 'd5356743-d1de-40a4-b877-8acc1deccfdd',
          '5bdcd0f0-6254-419a-988e-2b7ebe1f11d2', 'ba0c3075-2734-4ece-9357-98c13a792af7', '8c803870-d7cf-4880-8138-7e8f211eb954',
          '0a7a9a63-8988-4b0d-ad6e-13525399c6ec', '078a777e-6894-421b-99ff-1a2ba999aeed',
        ],
        partial: [
          '3189b23d-0ff2-4e6d-9fcf-71a3fe35b67e',
        ],
      },
      society: {
        right: [],
        partial: [
          'eb10e0c1-d9f7-43e3-b56f-85ed3475f1fc', 'f226c6f5-1c4c-43e3-ad0a-a904358ef621', 'ce30eccc-7d9a-406a-8155-743fcc8c6ff1',
        ],
      },
      workstation: {
        right: [
          '4e79bf4b-b5fe-43ca-b9b5-3e85f708ef6e',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000038',
    enterpriseId: 'baea98ec-934c-46af-8e08-e64008166c34',
    industryCode: 'photovoltaic_new_energy',
    kind: 'collaboration',
    title: '电站级储能剩余电量估计偏差大',
    problem: '储能电站运行半年后，系统显示的剩余电量与实际相差8%以上，调度时多次触发过放保护停机，电芯一致性也在变差。',
    goals: '剩余电量估算误差≤3%，簇间不一致性降低50%，循环寿命≥6000次。',
    keywords: ['剩余电量', '过放保护', '调度', '电芯一致性'],
    judging: { field: '电化学储能系统集成', focus: ['电池管理系统', '能量管理'], related: [] },
    judged: {
      expert: {
        right: [
          'f175e13e-c645-4588-be09-96f6fc2850ce', '5b8001f1-da11-4045-b982-0a91bd195c09', 'd5356743-d1de-40a4-b877-8acc1deccfdd',
          'ba0c3075-2734-4ece-9357-98c13a792af7', '8c803870-d7cf-4880-8138-7e8f211eb954', '0a7a9a63-8988-4b0d-ad6e-13525399c6ec',
          '3189b23d-0ff2-4e6d-9fcf-71a3fe35b67e', '078a777e-6894-421b-99ff-1a2ba999aeed',
        ],
        partial: [
          '5bdcd0f0-6254-419a-988e-2b7ebe1f11d2',
        ],
      },
      society: {
        right: [],
        partial: [
          'eb10e0c1-d9f7-43e3-b56f-85ed3475f1fc', 'f226c6f5-1c4c-43e3-ad0a-a904358ef621', 'ce30eccc-7d9a-406a-8155-743fcc8c6ff1',
        ],
      },
      workstation: {
        right: [
          '4e79bf4b-b5fe-43ca-b9b5-3e85f708ef6e',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000039',
    enterpriseId: 'ccedb5ce-c0b4-43c7-9306-55ae6be23e81',
    industryCode: 'photovoltaic_new_energy',
    kind: 'transfer',
    title: '引进钠电层状氧化物正极材料量产技术',
    problem: '公司计划建设千吨级钠电正极材料产线，自制的层状氧化物吸潮后容量下降明显，循环性能差，浆料易凝胶。',
    goals: '首效≥90%，循环4000次容量保持80%以上，完成千吨级产线建设。',
    keywords: ['层状氧化物', '正极材料', '吸潮', '循环性能'],
    judging: { field: '电化学储能系统集成', focus: ['钠离子电池'], related: [{ field: '煤基炭材料与锂电负极', focus: ['负极材料'] }] },
    judged: {
      expert: {
        right: [
          'f175e13e-c645-4588-be09-96f6fc2850ce', '5b8001f1-da11-4045-b982-0a91bd195c09', '5bdcd0f0-6254-419a-988e-2b7ebe1f11d2',
          '8c803870-d7cf-4880-8138-7e8f211eb954', '0a7a9a63-8988-4b0d-ad6e-13525399c6ec',
        ],
        partial: [
          'e90499dc-9f15-423b-b383-8384b2be71f0', 'cb754b30-583f-4876-aa31-3f37685ba82f', '5eaf43bf-2201-4af8-a3b9-064e4c056e73',
          'd5356743-d1de-40a4-b877-8acc1deccfdd', '36d6a9ea-994f-41f7-a55b-096f8c3cb0ce', '9e9eb9c5-eb31-4130-96f7-9a00e35f9b5b',
          '39712eee-1f92-4110-be09-f218208ed681', '6357d63a-7b1c-4cde-ba97-a129e196b04e', 'e69f0909-b26b-4cfb-b4af-29a8911dd70f',
          'ba0c3075-2734-4ece-9357-98c13a792af7', '868e7e08-dda5-4394-b5a5-ead7628e4482', '41157737-1580-4edc-8274-6e290c330b4b',
          '3189b23d-0ff2-4e6d-9fcf-71a3fe35b67e', '4914ddf1-0469-4be4-9391-ec5adbaa4959', '33a15a6a-d7af-4bcf-9516-296798370ee5',
          '078a777e-6894-421b-99ff-1a2ba999aeed', 'e7a96c1c-ab25-47ea-b643-0ebf04d6c904',
        ],
      },
      society: {
        right: [],
        partial: [
          'eb10e0c1-d9f7-43e3-b56f-85ed3475f1fc', 'f226c6f5-1c4c-43e3-ad0a-a904358ef621', 'ce30eccc-7d9a-406a-8155-743fcc8c6ff1',
        ],
      },
      workstation: {
        right: [
          '4e79bf4b-b5fe-43ca-b9b5-3e85f708ef6e',
        ],
        partial: [
          'a9382da7-cfd1-4281-b87e-c14e222ecd56', '7cd03aa1-a646-4d53-8ecb-edf598599ad9', '9bcd2c32-5df0-4766-9a03-99b151031757',
          '7413c344-c563-40a2-be2d-2cd9db1c0849',
        ],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000040',
    enterpriseId: 'b19345bd-ec9f-4789-a913-9292f95b84f7',
    industryCode: 'photovoltaic_new_energy',
    kind: 'breakthrough',
    title: '山地电站组件缺陷自动识别',
    background: '公司在壶关县山地建有80MW电站，组件分布在十余个山头。',
    problem: '人工爬坡巡检一遍需要半个月，组件局部过热、隐裂靠肉眼和手持测温枪发现，漏检多，故障处理滞后。',
    goals: '红外航拍自动识别准确率≥95%，巡检周期缩短到3天，运维成本下降30%。',
    keywords: ['山地电站', '局部过热', '隐裂', '红外航拍'],
    judging: { field: '光伏电站智能运维与功率预测', focus: ['无人机巡检', '热斑检测'], related: [{ field: '机器视觉与智能视频分析', focus: ['缺陷检测', '目标检测'] }] },
    judged: {
      expert: {
        right: [
          'f175e13e-c645-4588-be09-96f6fc2850ce', '5b8001f1-da11-4045-b982-0a91bd195c09', '00a5a17d-8d10-4080-8a77-4c25fbb5ff5a',
          '5bdcd0f0-6254-419a-988e-2b7ebe1f11d2', 'a8ad6379-0669-48dd-a506-7667da0363a9', '13b66b3d-433d-46e2-9ab5-ff91d072129e',
          '3189b23d-0ff2-4e6d-9fcf-71a3fe35b67e', '0cceda67-6e8f-4773-bf11-b99a3b888921', '535b1171-1c8b-44e0-b70c-e54d8e69ce11',
        ],
        partial: [
          '432063a7-5243-4e68-be7b-e4069217e411', '8dfe64df-7015-4c19-a1f3-7e82f8308a2b', '0a7a9a63-8988-4b0d-ad6e-13525399c6ec',
          'aa3267c2-b10f-4478-be46-75bf08907ac8', 'c59e3053-39f0-4024-a230-ac515d8ffda5', '4f6d9615-377c-4da2-b852-cb516b9f16c5',
          '81ecd58d-89cb-4a40-bf94-5905a0ccbf5b', 'd0322483-14b8-4c47-8539-3942e49dafe4',
        ],
      },
      society: {
        right: [],
        partial: [
          'eb10e0c1-d9f7-43e3-b56f-85ed3475f1fc', 'f226c6f5-1c4c-43e3-ad0a-a904358ef621', 'ce30eccc-7d9a-406a-8155-743fcc8c6ff1',
        ],
      },
      workstation: {
        right: [
          '4e79bf4b-b5fe-43ca-b9b5-3e85f708ef6e',
        ],
        partial: [
          '9bcd2c32-5df0-4766-9a03-99b151031757',
        ],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000041',
    enterpriseId: 'baea98ec-934c-46af-8e08-e64008166c34',
    industryCode: 'photovoltaic_new_energy',
    kind: 'consulting',
    title: '分布式屋顶电站出力日前预报',
    problem: '电网要求分布式电站上报次日发电计划，我们的预报误差在30%左右，每月被考核罚款数十万元。',
    goals: '日前预报准确率≥90%，考核费用下降80%。',
    keywords: ['出力预报', '电网考核', '气象数据', '日前计划'],
    judging: { field: '光伏电站智能运维与功率预测', focus: ['功率预测'], related: [] },
    judged: {
      expert: {
        right: [
          'f175e13e-c645-4588-be09-96f6fc2850ce', '5b8001f1-da11-4045-b982-0a91bd195c09', '00a5a17d-8d10-4080-8a77-4c25fbb5ff5a',
          '5bdcd0f0-6254-419a-988e-2b7ebe1f11d2', '432063a7-5243-4e68-be7b-e4069217e411', '0a7a9a63-8988-4b0d-ad6e-13525399c6ec',
          'a8ad6379-0669-48dd-a506-7667da0363a9', '13b66b3d-433d-46e2-9ab5-ff91d072129e', '3189b23d-0ff2-4e6d-9fcf-71a3fe35b67e',
          '535b1171-1c8b-44e0-b70c-e54d8e69ce11',
        ],
        partial: [
          '0cceda67-6e8f-4773-bf11-b99a3b888921',
        ],
      },
      society: {
        right: [],
        partial: [
          'eb10e0c1-d9f7-43e3-b56f-85ed3475f1fc', 'f226c6f5-1c4c-43e3-ad0a-a904358ef621', 'ce30eccc-7d9a-406a-8155-743fcc8c6ff1',
        ],
      },
      workstation: {
        right: [
          '4e79bf4b-b5fe-43ca-b9b5-3e85f708ef6e',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000042',
    enterpriseId: 'ccedb5ce-c0b4-43c7-9306-55ae6be23e81',
    industryCode: 'photovoltaic_new_energy',
    kind: 'new_product',
    title: '光伏板积尘无水自动清扫装置研制',
    problem: '春季风沙大，板面积尘导致发电量下降约8%；人工水洗费水费工，山地阵列之间也难以通行。',
    goals: '研制无水清扫装置，发电量提升3%，单台日清扫面积≥5000㎡。',
    keywords: ['积尘', '无水清扫', '发电损失', '阵列'],
    judging: { field: '光伏电站智能运维与功率预测', focus: ['组件清洗'], related: [] },
    judged: {
      expert: {
        right: [
          'f175e13e-c645-4588-be09-96f6fc2850ce', '5bdcd0f0-6254-419a-988e-2b7ebe1f11d2', 'a8ad6379-0669-48dd-a506-7667da0363a9',
          '13b66b3d-433d-46e2-9ab5-ff91d072129e', '3189b23d-0ff2-4e6d-9fcf-71a3fe35b67e', '535b1171-1c8b-44e0-b70c-e54d8e69ce11',
        ],
        partial: [
          '5b8001f1-da11-4045-b982-0a91bd195c09', '432063a7-5243-4e68-be7b-e4069217e411', '0a7a9a63-8988-4b0d-ad6e-13525399c6ec',
          '0cceda67-6e8f-4773-bf11-b99a3b888921',
        ],
      },
      society: {
        right: [],
        partial: [
          'eb10e0c1-d9f7-43e3-b56f-85ed3475f1fc', 'f226c6f5-1c4c-43e3-ad0a-a904358ef621', 'ce30eccc-7d9a-406a-8155-743fcc8c6ff1',
        ],
      },
      workstation: {
        right: [
          '4e79bf4b-b5fe-43ca-b9b5-3e85f708ef6e',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000043',
    enterpriseId: 'b19345bd-ec9f-4789-a913-9292f95b84f7',
    industryCode: 'photovoltaic_new_energy',
    kind: 'breakthrough',
    title: '拉晶断线频繁与头部氧含量偏高',
    problem: '单晶炉拉制N型硅棒时断线频繁，成晶率只有78%；头部间隙氧超过14ppma，石英坩埚用到250小时左右就必须更换。',
    goals: '成晶率≥90%，间隙氧≤12ppma，坩埚使用寿命延长至400小时。',
    keywords: ['断线', '成晶率', '间隙氧', '石英坩埚'],
    judging: { field: '单晶硅生长与硅材料提纯', focus: ['直拉单晶'], related: [] },
    judged: {
      expert: {
        right: [
          'fe65e4e5-c20a-40e2-9383-7a25980d39da', '18518291-0306-439a-8418-a854c5c6988e', '6f1bb319-2fd7-47c2-8bb8-856fb6c40fb9',
          '5460f397-3404-4048-bad9-d27ff1e024b3', '3f6467de-e4c3-41ab-858e-2c6eb2abdd16', '48b729ce-242f-46fa-8048-5162512b5214',
          '13b66b3d-433d-46e2-9ab5-ff91d072129e', 'a942c080-8e18-4086-b5fc-9aab4fbff9e2', 'a7d3aceb-f6b2-49ca-9a44-3746eeb845dd',
        ],
        partial: [
          'ba0c3075-2734-4ece-9357-98c13a792af7',
        ],
      },
      society: {
        right: [],
        partial: [
          '308c76df-1786-44df-ba54-faff19c2c1a1',
        ],
      },
      workstation: {
        right: [
          '4e79bf4b-b5fe-43ca-b9b5-3e85f708ef6e',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000044',
    enterpriseId: 'baea98ec-934c-46af-8e08-e64008166c34',
    industryCode: 'photovoltaic_new_energy',
    kind: 'collaboration',
    title: '工业硅炉外精炼除硼除磷',
    problem: '公司工业硅产品硼、磷含量偏高，无法进入光伏用料市场；想通过造渣、吹气和定向凝固等火法路线提高纯度，避开改良西门子法的高投资。',
    goals: 'B≤0.3ppmw，P≤0.5ppmw，纯度达到6N，吨成本低于化学法30%。',
    keywords: ['除硼除磷', '造渣精炼', '定向凝固', '工业硅'],
    judging: { field: '单晶硅生长与硅材料提纯', focus: ['冶金法提纯', '杂质控制'], related: [] },
    judged: {
      expert: {
        right: [
          '6f1bb319-2fd7-47c2-8bb8-856fb6c40fb9', '5460f397-3404-4048-bad9-d27ff1e024b3', 'ba0c3075-2734-4ece-9357-98c13a792af7',
          '3f6467de-e4c3-41ab-858e-2c6eb2abdd16', '48b729ce-242f-46fa-8048-5162512b5214', '13b66b3d-433d-46e2-9ab5-ff91d072129e',
          'a942c080-8e18-4086-b5fc-9aab4fbff9e2', 'a7d3aceb-f6b2-49ca-9a44-3746eeb845dd',
        ],
        partial: [
          'fe65e4e5-c20a-40e2-9383-7a25980d39da', '18518291-0306-439a-8418-a854c5c6988e',
        ],
      },
      society: {
        right: [],
        partial: [
          '308c76df-1786-44df-ba54-faff19c2c1a1',
        ],
      },
      workstation: {
        right: [
          '4e79bf4b-b5fe-43ca-b9b5-3e85f708ef6e',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000045',
    enterpriseId: '0fe1c2fa-1ba3-4972-bdc3-7c9593e53cb4',
    industryCode: 'hydrogen',
    kind: 'breakthrough',
    title: '风电配套水电解装置波动负荷适应性',
    problem: '公司千方级水电解装置跟随风电出力波动运行时，低负荷下氢中含氧超标被迫停机，满负荷直流能耗4.6kWh/Nm³，隔膜使用两年即出现破损。',
    goals: '负荷调节范围20%–110%，直流能耗≤4.3kWh/Nm³，隔膜寿命≥8年。',
    keywords: ['风电耦合', '低负荷', '氢中氧', '直流能耗'],
    judging: { field: '电解水制氢技术与装备', focus: ['碱性电解槽', '制氢电耗'], related: [] },
    judged: {
      expert: {
        right: [
          '7eedfe79-9dd8-4f13-8a42-1f8c16146563', 'dbddf1d6-a66b-4372-8042-df70d57b6481', '7bb838ca-2195-47ff-8f19-c8ca5f590b45',
          '96371c11-3144-4e21-b077-849bbdae6e74', '1afd228f-9c3f-4225-b503-2e7fb6e61d69', 'b69b397d-a608-4587-9af7-43918c5c0bad',
          'c733405e-369e-465e-96e2-f20a38484c58', '6cedd6b2-e8c7-450a-b8f5-4569002d4c6d', '696f3392-0e11-464a-9b4f-0d8b1fefe1fe',
          'a7d3aceb-f6b2-49ca-9a44-3746eeb845dd', 'c704fea6-03dc-44ff-93cc-db17e9bd671f', 'f58d7e48-924f-45e7-852a-076c79289c3a',
        ],
        partial: [],
      },
      society: {
        right: [],
        partial: [
          'a111652c-17b4-426e-96ea-b3215a8396ca', 'e554907b-5cd5-4850-afdc-125744cec868',
        ],
      },
      workstation: {
        right: [
          '1a42382f-638d-4870-aed3-f80eca15de77',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000046',
    enterpriseId: '2b682308-89dd-43f0-9703-ccfb9e3a2811',
    industryCode: 'hydrogen',
    kind: 'collaboration',
    title: '质子膜水电解堆阳极铱用量削减',
    problem: '质子交换膜电解堆阳极铱载量约2mg/cm²，贵金属成本占电堆的三分之一；尝试降低载量后电压衰减明显加快。',
    goals: '贵金属载量降低50%，2000小时电压衰减≤10μV/h。',
    keywords: ['铱载量', '阳极', '膜电解堆', '电压衰减'],
    judging: { field: '电解水制氢技术与装备', focus: ['PEM电解', '析氢催化剂'], related: [] },
    judged: {
      expert: {
        right: [
          '7eedfe79-9dd8-4f13-8a42-1f8c16146563', 'dbddf1d6-a66b-4372-8042-df70d57b6481', '7bb838ca-2195-47ff-8f19-c8ca5f590b45',
          '96371c11-3144-4e21-b077-849bbdae6e74', '1afd228f-9c3f-4225-b503-2e7fb6e61d69', 'b69b397d-a608-4587-9af7-43918c5c0bad',
          'c733405e-369e-465e-96e2-f20a38484c58', '6cedd6b2-e8c7-450a-b8f5-4569002d4c6d', '696f3392-0e11-464a-9b4f-0d8b1fefe1fe',
          'a7d3aceb-f6b2-49ca-9a44-3746eeb845dd', 'c704fea6-03dc-44ff-93cc-db17e9bd671f', 'f58d7e48-924f-45e7-852a-076c79289c3a',
        ],
        partial: [],
      },
      society: {
        right: [],
        partial: [
          'a111652c-17b4-426e-96ea-b3215a8396ca', 'e554907b-5cd5-4850-afdc-125744cec868',
        ],
      },
      workstation: {
        right: [
          '1a42382f-638d-4870-aed3-f80eca15de77',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000047',
    enterpriseId: '995aa01d-1439-4ad9-9add-b56451818889',
    industryCode: 'hydrogen',
    kind: 'breakthrough',
    title: '焦化厂富氢尾气提纯供车用',
    problem: '回收焦化厂富氢尾气，现有吸附塔出口一氧化碳在1ppm左右，达不到车用标准；解吸气量大，回收率只有75%，再生能耗高。',
    goals: '产品纯度≥99.999%，CO≤0.2ppm，回收率≥90%。',
    keywords: ['富氢尾气', '吸附塔', '一氧化碳', '回收率'],
    judging: { field: '工业副产氢分离纯化', focus: ['变压吸附', '焦炉煤气制氢'], related: [{ field: '焦炉煤气利用与二氧化碳捕集', focus: ['焦炉煤气', '精脱硫'] }] },
    judged: {
      expert: {
        right: [
          '7eedfe79-9dd8-4f13-8a42-1f8c16146563', 'c0f4dfc5-3d17-43fd-8dc2-25d3e10b1661', '5b0f8dcd-20fa-42ea-8c5a-7cc31af17b57',
          '04235aaa-0a4d-4638-85fe-904320ddb640', '185e8237-720c-467a-b679-45c0e44dd117', '86aed107-c3bd-4999-9754-56750aac7b24',
          'f239c5aa-45f1-434d-96e3-fa4d900c256a', 'a7af1296-0fde-4d8c-b3f3-c8b0fefed648', 'e02076ac-5610-4ac6-b754-56e6b73bf4b1',
        ],
        partial: [
          'd70fe806-1e16-40d2-93f6-ba9c785c0803', '4353b3c6-7054-454b-be9b-089e49cb9808', '762e2c9e-da1e-47f4-81b7-562d2bb9794c',
          '5bf1b8ab-11f1-4dba-8593-44217ba3b528', 'dbddf1d6-a66b-4372-8042-df70d57b6481', '784844c2-79de-47c4-b0cc-d04ccd80b653',
          '9d2cff06-fcf7-4846-82b4-800d2b1e3ce3', 'd2686909-fd0a-4461-aea9-187ac64a0b47', '37fb102b-6da9-4bee-a2c4-49cf4763ecba',
          '272d7617-81ef-4b51-8cda-0d7d75c53ea9', '9e494e23-0105-4e2f-88c8-5b2f9797ff89', '9586f004-2ab8-4886-a23d-43d97d4fb5b7',
          'ec037f8f-c540-4518-a2e6-d4735b0f645e', 'd2a2e215-f9ca-4d75-a8a0-8f6d72b1c7fe', '034fc1b3-98bb-4a7c-a288-d1e7653844db',
          '1e85b9f0-658b-4a60-b896-527a63c42676',
        ],
      },
      society: {
        right: [],
        partial: [
          'a111652c-17b4-426e-96ea-b3215a8396ca', 'e554907b-5cd5-4850-afdc-125744cec868',
        ],
      },
      workstation: {
        right: [
          '1a42382f-638d-4870-aed3-f80eca15de77',
        ],
        partial: [
          'e5f0d67a-fb7c-4f5f-a175-d1cef508093f',
        ],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000048',
    enterpriseId: '64f0f57e-2be9-4aec-994a-086647d70a6d',
    industryCode: 'hydrogen',
    kind: 'consulting',
    title: '车用氢气品质检测能力建设',
    problem: '下游加氢站要求每批氢气提供14项杂质检测报告，公司没有检测能力，委外周期两周；总硫、甲醛等ppb级项目国内能测的机构很少。',
    goals: '建立符合GB/T 37244的检测方法，具备全项目自检能力，关键项目实现在线监测。',
    keywords: ['氢品质', '杂质检测', 'ppb级', '在线监测'],
    judging: { field: '工业副产氢分离纯化', focus: ['痕量杂质分析', '燃料电池级氢气'], related: [] },
    judged: {
      expert: {
        right: [
          '7eedfe79-9dd8-4f13-8a42-1f8c16146563', 'c0f4dfc5-3d17-43fd-8dc2-25d3e10b1661', '5b0f8dcd-20fa-42ea-8c5a-7cc31af17b57',
          'dbddf1d6-a66b-4372-8042-df70d57b6481', '04235aaa-0a4d-4638-85fe-904320ddb640', '185e8237-720c-467a-b679-45c0e44dd117',
          '86aed107-c3bd-4999-9754-56750aac7b24', 'f239c5aa-45f1-434d-96e3-fa4d900c256a', 'a7af1296-0fde-4d8c-b3f3-c8b0fefed648',
          'e02076ac-5610-4ac6-b754-56e6b73bf4b1',
        ],
        partial: [],
      },
      society: {
        right: [],
        partial: [
          'a111652c-17b4-426e-96ea-b3215a8396ca', 'e554907b-5cd5-4850-afdc-125744cec868',
        ],
      },
      workstation: {
        right: [
          '1a42382f-638d-4870-aed3-f80eca15de77',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000049',
    enterpriseId: '89f86dde-5527-488a-a6ea-16075cdc9ec6',
    industryCode: 'hydrogen',
    kind: 'new_product',
    title: '车载塑料内胆全缠绕气瓶研制',
    problem: '内胆采用高密度聚乙烯吹塑，渗透量超标；缠绕层爆破压力离散大，瓶口金属阀座与内胆密封处易泄漏。',
    goals: '满足GB/T 35544渗透要求，爆破压力≥2.25倍工作压力，通过常温压力循环试验。',
    keywords: ['塑料内胆', '全缠绕', '渗透量', '瓶口密封'],
    judging: { field: '高压储氢与加氢站装备', focus: ['IV型瓶', '高压储氢'], related: [{ field: '碳纤维增强树脂基复合材料', focus: ['碳纤维'] }] },
    judged: {
      expert: {
        right: [
          'fcb8d5dd-7be1-4cc9-b194-e3ad33c8f409', '997b0928-bdec-4242-ba99-61b4b50c666e', 'efd6d618-6ddf-41ba-902b-3b6e67772d52',
          '1afd228f-9c3f-4225-b503-2e7fb6e61d69', '86aed107-c3bd-4999-9754-56750aac7b24', '87d77a44-ecdd-45ff-bcdb-30f3c2578d8d',
          'a7af1296-0fde-4d8c-b3f3-c8b0fefed648', 'ed452a81-d86a-4871-baea-7bdc6460cd65',
        ],
        partial: [
          '60cea143-5b87-46b9-9bee-58bda88a411f', '1986ef2a-f3fd-4658-9ade-712d5d227e4f', '5eaf43bf-2201-4af8-a3b9-064e4c056e73',
          'fda0904f-caf8-45d2-b324-81f86bfef8b4', '7875c3bf-b1d3-4a44-95da-d4df63018006', '749afbe9-1e7c-49d4-b733-f0c209b5af6b',
          'b3f91755-2d04-4a36-8504-317b80067ad9', '94ecca6a-6ddb-4d7e-b62e-45f366b8aef2', 'f1f769ac-7643-4c9b-abb4-6aba41a3e15d',
          'b4e46302-1493-4706-aba9-25205f2822f1', 'dcf8ee3a-3bb2-46f7-943f-acf4bb094d2e', '7dc47055-874a-4451-b171-75bc3a74c910',
          '02d5ba27-dc3e-4b47-a7cc-b01740582fb4', '41157737-1580-4edc-8274-6e290c330b4b', '8b810615-bc74-4c6b-88f4-57218e3bd890',
          '33a15a6a-d7af-4bcf-9516-296798370ee5', '626423ae-4c30-4e3e-bba7-7fd25bf4c077', '86d8e8f6-a2d9-45f3-8f9c-b156b812cbc6',
          'e7a96c1c-ab25-47ea-b643-0ebf04d6c904', 'bb2f5c34-ba6e-4dd0-8951-036dd3424558', '9d47a596-ef08-425f-a1c7-dffb1f5e7cd3',
          '3c0628ec-14eb-4589-8038-e620e4da1a3c', 'f58d7e48-924f-45e7-852a-076c79289c3a',
        ],
      },
      society: {
        right: [],
        partial: [
          'eb10e0c1-d9f7-43e3-b56f-85ed3475f1fc', 'f226c6f5-1c4c-43e3-ad0a-a904358ef621', 'ce30eccc-7d9a-406a-8155-743fcc8c6ff1',
        ],
      },
      workstation: {
        right: [
          'a9382da7-cfd1-4281-b87e-c14e222ecd56',
        ],
        partial: [
          '7cd03aa1-a646-4d53-8ecb-edf598599ad9', '9bcd2c32-5df0-4766-9a03-99b151031757', '7413c344-c563-40a2-be2d-2cd9db1c0849',
        ],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000050',
    enterpriseId: '95154c75-ed53-47e9-95f8-9da01ef5d645',
    industryCode: 'hydrogen',
    kind: 'breakthrough',
    title: '45MPa站用增压设备膜片破裂及阀件开裂',
    problem: '站内增压机膜片运行800小时左右即破裂，管路阀门出现开裂，判断为金属材料在高压氢环境下发生脆化，停站检修频繁。',
    goals: '膜片寿命≥3000小时，关键阀件通过10万次压力循环试验。',
    keywords: ['膜片破裂', '增压机', '阀门开裂', '材料脆化'],
    judging: { field: '高压储氢与加氢站装备', focus: ['隔膜压缩机', '氢脆'], related: [] },
    judged: {
      expert: {
        right: [
          'fcb8d5dd-7be1-4cc9-b194-e3ad33c8f409', '997b0928-bdec-4242-ba99-61b4b50c666e', 'efd6d618-6ddf-41ba-902b-3b6e67772d52',
          '87d77a44-ecdd-45ff-bcdb-30f3c2578d8d', 'a7af1296-0fde-4d8c-b3f3-c8b0fefed648', 'ed452a81-d86a-4871-baea-7bdc6460cd65',
        ],
        partial: [
          '1afd228f-9c3f-4225-b503-2e7fb6e61d69', '86aed107-c3bd-4999-9754-56750aac7b24',
        ],
      },
      society: {
        right: [],
        partial: [
          'eb10e0c1-d9f7-43e3-b56f-85ed3475f1fc', 'f226c6f5-1c4c-43e3-ad0a-a904358ef621', 'ce30eccc-7d9a-406a-8155-743fcc8c6ff1',
        ],
      },
      workstation: {
        right: [
          'a9382da7-cfd1-4281-b87e-c14e222ecd56',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000051',
    enterpriseId: '9e9614fa-a7c1-4d2c-b7d9-2ed4e6cdbb94',
    industryCode: 'hydrogen',
    kind: 'breakthrough',
    title: '氢燃料矿用卡车冬季零下30度启动困难',
    problem: '矿区冬季夜间停放后，车载发电系统启动失败率高，需要外接加热半小时以上；停机吹扫不彻底导致内部结冰。',
    goals: '实现-30℃无辅助启动，启动时间≤5分钟。',
    keywords: ['矿用卡车', '冬季启动', '结冰', '停机吹扫'],
    judging: { field: '燃料电池系统与氢能交通', focus: ['低温冷启动'], related: [] },
    judged: {
      expert: {
        right: [
          'c0f4dfc5-3d17-43fd-8dc2-25d3e10b1661', '85632f16-fa98-4744-a4d2-e0df7b6f37f6', '100aec7e-8259-46cd-b97a-024ffcabb9af',
          'da071807-893b-4fcf-8456-b038ae318202', '696f3392-0e11-464a-9b4f-0d8b1fefe1fe', 'a7d3aceb-f6b2-49ca-9a44-3746eeb845dd',
          'c704fea6-03dc-44ff-93cc-db17e9bd671f',
        ],
        partial: [
          'f239c5aa-45f1-434d-96e3-fa4d900c256a',
        ],
      },
      society: {
        right: [],
        partial: [
          'eb10e0c1-d9f7-43e3-b56f-85ed3475f1fc', 'f226c6f5-1c4c-43e3-ad0a-a904358ef621', 'ce30eccc-7d9a-406a-8155-743fcc8c6ff1',
        ],
      },
      workstation: {
        right: [],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000052',
    enterpriseId: '4cf39f19-702b-4085-93d3-b8d435fb6503',
    industryCode: 'hydrogen',
    kind: 'collaboration',
    title: '不锈钢极板表面防护涂层开发',
    problem: '冲压成型的不锈钢流场板在酸性湿热环境下腐蚀，接触电阻逐步上升，运行3000小时后单体电压下降明显。',
    goals: '接触电阻≤10mΩ·cm²，腐蚀电流≤1μA/cm²，涂层成本≤30元/片。',
    keywords: ['流场板', '涂层', '接触电阻', '腐蚀'],
    judging: { field: '燃料电池系统与氢能交通', focus: ['双极板'], related: [] },
    judged: {
      expert: {
        right: [
          '85632f16-fa98-4744-a4d2-e0df7b6f37f6', '100aec7e-8259-46cd-b97a-024ffcabb9af', 'da071807-893b-4fcf-8456-b038ae318202',
          '696f3392-0e11-464a-9b4f-0d8b1fefe1fe', 'f239c5aa-45f1-434d-96e3-fa4d900c256a', 'c704fea6-03dc-44ff-93cc-db17e9bd671f',
        ],
        partial: [
          'c0f4dfc5-3d17-43fd-8dc2-25d3e10b1661', 'a7d3aceb-f6b2-49ca-9a44-3746eeb845dd',
        ],
      },
      society: {
        right: [],
        partial: [
          'eb10e0c1-d9f7-43e3-b56f-85ed3475f1fc', 'f226c6f5-1c4c-43e3-ad0a-a904358ef621', 'ce30eccc-7d9a-406a-8155-743fcc8c6ff1',
        ],
      },
      workstation: {
        right: [],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000053',
    enterpriseId: '7d34929f-7bef-45c5-bb4f-190acd52efb7',
    industryCode: 'hydrogen',
    kind: 'talent',
    title: '引进氢电转换核心部件研发带头人',
    problem: '公司正由系统集成向核心部件延伸，需要在催化层涂布、质子膜选型、单电池一致性和功率密度提升方面有经验的专家带队。',
    goals: '引进专家1–2名，组建10人研发团队，三年内功率密度达到4kW/L。',
    keywords: ['催化层涂布', '质子膜', '单电池一致性', '功率密度'],
    judging: { field: '燃料电池系统与氢能交通', focus: ['燃料电池电堆', '膜电极'], related: [] },
    judged: {
      expert: {
        right: [
          'c0f4dfc5-3d17-43fd-8dc2-25d3e10b1661', '85632f16-fa98-4744-a4d2-e0df7b6f37f6', '100aec7e-8259-46cd-b97a-024ffcabb9af',
          'da071807-893b-4fcf-8456-b038ae318202', '696f3392-0e11-464a-9b4f-0d8b1fefe1fe', 'f239c5aa-45f1-434d-96e3-fa4d900c256a',
          'a7d3aceb-f6b2-49ca-9a44-3746eeb845dd', 'c704fea6-03dc-44ff-93cc-db17e9bd671f',
        ],
        partial: [],
      },
      society: {
        right: [],
        partial: [
          'eb10e0c1-d9f7-43e3-b56f-85ed3475f1fc', 'f226c6f5-1c4c-43e3-ad0a-a904358ef621', 'ce30eccc-7d9a-406a-8155-743fcc8c6ff1',
        ],
      },
      workstation: {
        right: [],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000054',
    enterpriseId: '870a3440-9fb9-43c6-89db-dc8a22f7de45',
    industryCode: 'biomedicine',
    kind: 'breakthrough',
    title: '潞参水提物得率偏低与除蛋白工艺改进',
    problem: '现有水提醇沉工艺多糖得率不足8%，醇沉乙醇消耗大；反复用Sevag法除蛋白损失大，成品颜色深。',
    goals: '多糖得率≥12%，纯度≥80%，乙醇消耗降低30%。',
    keywords: ['潞参', '水提醇沉', '除蛋白', '得率'],
    judging: { field: '道地药材质量控制与中药新药', focus: ['党参', '有效成分提取'], related: [] },
    judged: {
      expert: {
        right: [
          'ebb77882-27b1-4dad-833b-7921c86f696f', '242ae145-e413-4ad5-9616-0d49bd64c187', 'daf7b473-9edb-45ea-bd0b-e8462b248710',
          '7da265e5-4826-4b2f-b77c-5850f0ab2f54', '791a357b-e24d-42ee-b5a2-fe63953a492e', 'cbca6ac6-00cf-4c2d-82f5-07d1645c6dfc',
          '5955de8a-9f2b-4d62-a505-c11e723ac692', '55d4eefc-e283-4b77-aec4-0ee0e3ab24e1', 'ea3389b6-f00d-47e8-af4d-294911e9d8b9',
          'ea4a668e-7e2f-42be-92db-31cb658d6745', '3b0c15f9-a11e-4c7d-8cf9-c11d57f6d7cc', '6ffb609e-2237-4aac-ba39-1b8fa3f29e1e',
          'a5d6ae63-0aa7-4148-a56a-c713db32d646', 'e5d60db4-3ef0-4964-b625-20e411791444', 'c9d499ca-6d6d-4a0f-b53e-9cc8bd9c507e',
          '6cedd6b2-e8c7-450a-b8f5-4569002d4c6d', 'b6dd0924-ff46-4cd3-9764-43f94c35c377', 'dd7c53a0-3e92-48a6-bc57-8db08461a356',
          '008d4f90-b693-4d4e-b65f-80c0ade8779b', '7ca5b91b-828b-4901-b71d-8121d89a7f12', 'c985e510-bf68-4dd8-8187-19bdf72f35df',
          '2204af73-c033-467f-8dde-96e81c43371e',
        ],
        partial: [],
      },
      society: {
        right: [],
        partial: [
          'ae220b4d-e800-44da-8395-304729fde552', '3a9457b9-08d8-43c9-a78f-adcfdcd4bc27', '35b4ea85-19c8-4c94-b407-e748414c46fb',
        ],
      },
      workstation: {
        right: [
          'c4662ffd-f657-47ef-9434-44b0d8bb0791', 'f7f19d4a-68b5-4316-8c59-e4b68a5b9991',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000055',
    enterpriseId: '16636ad5-e124-4d7b-8b7b-add2d8744f17',
    industryCode: 'biomedicine',
    kind: 'collaboration',
    title: '青翘与老翘饮片内控标准建立',
    problem: '收购的青翘批间主要苷类含量从2%到5%不等，缺少特征图谱，下游药厂频繁拒收退货；农残和重金属也偶有超标。',
    goals: '特征图谱相似度≥0.90，建立企业内控标准1项，退货率降到1%以下。',
    keywords: ['青翘', '特征图谱', '批间差异', '内控标准'],
    judging: { field: '道地药材质量控制与中药新药', focus: ['连翘', '指纹图谱'], related: [] },
    judged: {
      expert: {
        right: [
          '41c8ebaf-fc40-494b-af72-e0dbc82491e4', 'ebb77882-27b1-4dad-833b-7921c86f696f', '242ae145-e413-4ad5-9616-0d49bd64c187',
          'daf7b473-9edb-45ea-bd0b-e8462b248710', '7da265e5-4826-4b2f-b77c-5850f0ab2f54', '791a357b-e24d-42ee-b5a2-fe63953a492e',
          '5955de8a-9f2b-4d62-a505-c11e723ac692', '55d4eefc-e283-4b77-aec4-0ee0e3ab24e1', 'ea3389b6-f00d-47e8-af4d-294911e9d8b9',
          'ea4a668e-7e2f-42be-92db-31cb658d6745', '3b0c15f9-a11e-4c7d-8cf9-c11d57f6d7cc', '6ffb609e-2237-4aac-ba39-1b8fa3f29e1e',
          'a5d6ae63-0aa7-4148-a56a-c713db32d646', 'e5d60db4-3ef0-4964-b625-20e411791444', 'c9d499ca-6d6d-4a0f-b53e-9cc8bd9c507e',
          '6cedd6b2-e8c7-450a-b8f5-4569002d4c6d', 'b6dd0924-ff46-4cd3-9764-43f94c35c377', 'dd7c53a0-3e92-48a6-bc57-8db08461a356',
          '008d4f90-b693-4d4e-b65f-80c0ade8779b', '7ca5b91b-828b-4901-b71d-8121d89a7f12', 'c985e510-bf68-4dd8-8187-19bdf72f35df',
          '2204af73-c033-467f-8dde-96e81c43371e',
        ],
        partial: [
          'cbca6ac6-00cf-4c2d-82f5-07d1645c6dfc',
        ],
      },
      society: {
        right: [],
        partial: [
          'ae220b4d-e800-44da-8395-304729fde552', '3a9457b9-08d8-43c9-a78f-adcfdcd4bc27', '35b4ea85-19c8-4c94-b407-e748414c46fb',
        ],
      },
      workstation: {
        right: [
          'c4662ffd-f657-47ef-9434-44b0d8bb0791', 'f7f19d4a-68b5-4316-8c59-e4b68a5b9991',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000056',
    enterpriseId: 'b425ab63-1568-48ed-8086-8eadb8525d88',
    industryCode: 'biomedicine',
    kind: 'collaboration',
    title: '经典名方颗粒剂物质基准研究',
    problem: '公司拟开发一个古代经典名方颗粒剂，需要完成从饮片、标准汤剂到成品的量值传递研究和关键质量属性辨识，企业缺乏相应方法学经验。',
    goals: '完成物质基准研究并形成申报资料，出膏率和指标成分转移率符合技术要求。',
    keywords: ['经典名方', '物质基准', '量值传递', '颗粒剂'],
    judging: { field: '道地药材质量控制与中药新药', focus: ['中药质量标准', '指纹图谱'], related: [] },
    judged: {
      expert: {
        right: [
          '41c8ebaf-fc40-494b-af72-e0dbc82491e4', 'ebb77882-27b1-4dad-833b-7921c86f696f', '242ae145-e413-4ad5-9616-0d49bd64c187',
          'daf7b473-9edb-45ea-bd0b-e8462b248710', '7da265e5-4826-4b2f-b77c-5850f0ab2f54', '791a357b-e24d-42ee-b5a2-fe63953a492e',
          'cbca6ac6-00cf-4c2d-82f5-07d1645c6dfc', '5955de8a-9f2b-4d62-a505-c11e723ac692', '55d4eefc-e283-4b77-aec4-0ee0e3ab24e1',
          'ea3389b6-f00d-47e8-af4d-294911e9d8b9', 'ea4a668e-7e2f-42be-92db-31cb658d6745', '3b0c15f9-a11e-4c7d-8cf9-c11d57f6d7cc',
          '6ffb609e-2237-4aac-ba39-1b8fa3f29e1e', 'a5d6ae63-0aa7-4148-a56a-c713db32d646', 'e5d60db4-3ef0-4964-b625-20e411791444',
          'c9d499ca-6d6d-4a0f-b53e-9cc8bd9c507e', '6cedd6b2-e8c7-450a-b8f5-4569002d4c6d', 'b6dd0924-ff46-4cd3-9764-43f94c35c377',
          'dd7c53a0-3e92-48a6-bc57-8db08461a356', '008d4f90-b693-4d4e-b65f-80c0ade8779b', '7ca5b91b-828b-4901-b71d-8121d89a7f12',
          'c985e510-bf68-4dd8-8187-19bdf72f35df', '2204af73-c033-467f-8dde-96e81c43371e',
        ],
        partial: [],
      },
      society: {
        right: [],
        partial: [
          'ae220b4d-e800-44da-8395-304729fde552', '3a9457b9-08d8-43c9-a78f-adcfdcd4bc27', '35b4ea85-19c8-4c94-b407-e748414c46fb',
        ],
      },
      workstation: {
        right: [
          'c4662ffd-f657-47ef-9434-44b0d8bb0791', 'f7f19d4a-68b5-4316-8c59-e4b68a5b9991',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000057',
    enterpriseId: '870a3440-9fb9-43c6-89db-dc8a22f7de45',
    industryCode: 'biomedicine',
    kind: 'breakthrough',
    title: '沙坦类产品亚硝胺类风险物质控制',
    problem: '监管部门要求排查亚硝胺风险，我公司缬沙坦中检出NDMA接近可接受摄入量，同时合成总收率只有52%，成本竞争力弱。',
    goals: 'NDMA等低于TTC限度，总收率提高15%。',
    keywords: ['亚硝胺', 'NDMA', '缬沙坦', '风险排查'],
    judging: { field: '化学原料药工艺与仿制药一致性评价', focus: ['工艺杂质'], related: [] },
    judged: {
      expert: {
        right: [
          '49ddd136-e678-4587-9f2b-4a419df00fc4', 'daf7b473-9edb-45ea-bd0b-e8462b248710', 'cbca6ac6-00cf-4c2d-82f5-07d1645c6dfc',
          'e6064e1e-7c90-471f-8e28-151af4cfc4bb', '88cbb824-2d1b-47c1-a0eb-3c265cd5c37a', '692ffd9f-a335-43c5-9210-681a5bc76364',
          '3b0c15f9-a11e-4c7d-8cf9-c11d57f6d7cc', 'c8b32af4-3f7b-4a03-a0f9-ff0b1e7c6970', 'd9e34bd5-a1a6-4928-99d4-49ab96c8ef9c',
          'a95aee09-95e6-475e-92d3-1fcac495ac09', 'a6471824-1eed-4214-80bb-192ad16bfce4', '008d4f90-b693-4d4e-b65f-80c0ade8779b',
          '7ca5b91b-828b-4901-b71d-8121d89a7f12', 'a1ca48ba-db30-49c4-9ae5-33eaeced7880',
        ],
        partial: [
          '7da265e5-4826-4b2f-b77c-5850f0ab2f54', '84b2fa71-bfa1-4532-b84a-499c0cf74a5a', 'ea3389b6-f00d-47e8-af4d-294911e9d8b9',
          '6cafb47e-22cd-4719-ac48-760236b2d9ec', '6c76b128-56c3-4185-84c1-93c7f85f7365', '7ca8357f-b35a-4f17-bfe8-b5fcadb4cb6a',
          '45e1d8aa-39a1-46a4-9ff7-5d76eba13a6d', 'e1fb8954-96aa-44f2-9744-237babfb5c47', 'dd7c53a0-3e92-48a6-bc57-8db08461a356',
          'd6e99bda-b983-4117-a307-b21cdd4ab4ab', 'dcc2c7ca-de6f-48aa-b88b-d2091ac4903b',
        ],
      },
      society: {
        right: [],
        partial: [
          'ae220b4d-e800-44da-8395-304729fde552', '3a9457b9-08d8-43c9-a78f-adcfdcd4bc27',
        ],
      },
      workstation: {
        right: [
          'f7f19d4a-68b5-4316-8c59-e4b68a5b9991',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000058',
    enterpriseId: '16636ad5-e124-4d7b-8b7b-add2d8744f17',
    industryCode: 'biomedicine',
    kind: 'consulting',
    title: '二甲双胍缓释片体外溶出与原研不一致',
    problem: '自研缓释片在pH6.8介质中溶出曲线与原研偏差大，f2因子低于50；加速试验后主药出现转晶，含量下降。',
    goals: '四种介质中f2≥50，加速6个月晶型不变，提交补充申请。',
    keywords: ['缓释片', '溶出曲线', 'f2因子', '转晶'],
    judging: { field: '化学原料药工艺与仿制药一致性评价', focus: ['一致性评价', '晶型研究'], related: [] },
    judged: {
      expert: {
        right: [
          '49ddd136-e678-4587-9f2b-4a419df00fc4', 'daf7b473-9edb-45ea-bd0b-e8462b248710', '7da265e5-4826-4b2f-b77c-5850f0ab2f54',
          '84b2fa71-bfa1-4532-b84a-499c0cf74a5a', 'cbca6ac6-00cf-4c2d-82f5-07d1645c6dfc', 'e6064e1e-7c90-471f-8e28-151af4cfc4bb',
          '88cbb824-2d1b-47c1-a0eb-3c265cd5c37a', 'ea3389b6-f00d-47e8-af4d-294911e9d8b9', '692ffd9f-a335-43c5-9210-681a5bc76364',
          '6cafb47e-22cd-4719-ac48-760236b2d9ec', '3b0c15f9-a11e-4c7d-8cf9-c11d57f6d7cc', 'c8b32af4-3f7b-4a03-a0f9-ff0b1e7c6970',
          '7ca8357f-b35a-4f17-bfe8-b5fcadb4cb6a', 'd9e34bd5-a1a6-4928-99d4-49ab96c8ef9c', '45e1d8aa-39a1-46a4-9ff7-5d76eba13a6d',
          'e1fb8954-96aa-44f2-9744-237babfb5c47', 'a95aee09-95e6-475e-92d3-1fcac495ac09', 'a6471824-1eed-4214-80bb-192ad16bfce4',
          'dd7c53a0-3e92-48a6-bc57-8db08461a356', '008d4f90-b693-4d4e-b65f-80c0ade8779b', '7ca5b91b-828b-4901-b71d-8121d89a7f12',
          'd6e99bda-b983-4117-a307-b21cdd4ab4ab', 'a1ca48ba-db30-49c4-9ae5-33eaeced7880',
        ],
        partial: [
          '6c76b128-56c3-4185-84c1-93c7f85f7365', 'dcc2c7ca-de6f-48aa-b88b-d2091ac4903b',
        ],
      },
      society: {
        right: [],
        partial: [
          'ae220b4d-e800-44da-8395-304729fde552', '3a9457b9-08d8-43c9-a78f-adcfdcd4bc27',
        ],
      },
      workstation: {
        right: [
          'f7f19d4a-68b5-4316-8c59-e4b68a5b9991',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000059',
    enterpriseId: 'b425ab63-1568-48ed-8086-8eadb8525d88',
    industryCode: 'biomedicine',
    kind: 'collaboration',
    title: '硝化反应微通道化安全改造',
    problem: '间歇釜式硝化反应放热剧烈，属于重点监管危险工艺，应急管理部门要求大幅降低在线量，现有工艺收率也偏低。',
    goals: '在线持液量降低90%，收率提高10个百分点，通过安全评估。',
    keywords: ['硝化', '微通道', '危险工艺', '本质安全'],
    judging: { field: '化学原料药工艺与仿制药一致性评价', focus: ['连续流合成'], related: [] },
    judged: {
      expert: {
        right: [
          '49ddd136-e678-4587-9f2b-4a419df00fc4', 'ea3389b6-f00d-47e8-af4d-294911e9d8b9', '3b0c15f9-a11e-4c7d-8cf9-c11d57f6d7cc',
          '6c76b128-56c3-4185-84c1-93c7f85f7365', 'e1fb8954-96aa-44f2-9744-237babfb5c47', 'a6471824-1eed-4214-80bb-192ad16bfce4',
          'dd7c53a0-3e92-48a6-bc57-8db08461a356', '7ca5b91b-828b-4901-b71d-8121d89a7f12', 'd6e99bda-b983-4117-a307-b21cdd4ab4ab',
          'dcc2c7ca-de6f-48aa-b88b-d2091ac4903b', 'a1ca48ba-db30-49c4-9ae5-33eaeced7880',
        ],
        partial: [
          'daf7b473-9edb-45ea-bd0b-e8462b248710', '7da265e5-4826-4b2f-b77c-5850f0ab2f54', '84b2fa71-bfa1-4532-b84a-499c0cf74a5a',
          'cbca6ac6-00cf-4c2d-82f5-07d1645c6dfc', 'e6064e1e-7c90-471f-8e28-151af4cfc4bb', '88cbb824-2d1b-47c1-a0eb-3c265cd5c37a',
          '692ffd9f-a335-43c5-9210-681a5bc76364', '6cafb47e-22cd-4719-ac48-760236b2d9ec', 'c8b32af4-3f7b-4a03-a0f9-ff0b1e7c6970',
          '7ca8357f-b35a-4f17-bfe8-b5fcadb4cb6a', 'd9e34bd5-a1a6-4928-99d4-49ab96c8ef9c', '45e1d8aa-39a1-46a4-9ff7-5d76eba13a6d',
          'a95aee09-95e6-475e-92d3-1fcac495ac09', '008d4f90-b693-4d4e-b65f-80c0ade8779b',
        ],
      },
      society: {
        right: [],
        partial: [
          'ae220b4d-e800-44da-8395-304729fde552', '3a9457b9-08d8-43c9-a78f-adcfdcd4bc27',
        ],
      },
      workstation: {
        right: [
          'f7f19d4a-68b5-4316-8c59-e4b68a5b9991',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000060',
    enterpriseId: '870a3440-9fb9-43c6-89db-dc8a22f7de45',
    industryCode: 'biomedicine',
    kind: 'breakthrough',
    title: '饲用植酸酶生产菌株表达量提升',
    problem: '公司毕赤酵母表达植酸酶的发酵单位比同行低30%，高产株传代后不稳定，耐热性也不满足制粒要求。',
    goals: '发酵单位提高30%，传代20代稳定，85℃制粒存活率≥80%。',
    keywords: ['植酸酶', '毕赤酵母', '表达量', '高产株'],
    judging: { field: '工业微生物发酵与酶工程', focus: ['菌种选育'], related: [] },
    judged: {
      expert: {
        right: [
          '242ae145-e413-4ad5-9616-0d49bd64c187', 'a7a049c8-20d9-45f0-a43c-b18c02ca322d', '0fd7618f-068d-4c41-a755-beba3defc5e6',
          '88cbb824-2d1b-47c1-a0eb-3c265cd5c37a', 'b3fd13a2-2ffc-49c3-a05b-8bf9da284ec6', 'ea4a668e-7e2f-42be-92db-31cb658d6745',
          '676f1898-35b2-43f3-ba9d-80fc7b57e9a5', 'a95aee09-95e6-475e-92d3-1fcac495ac09', 'e9a14b8b-018a-4d50-8736-cae5d50e916a',
          '965d302d-c37b-41d1-8561-d18fd7753f26',
        ],
        partial: [
          'daf7b473-9edb-45ea-bd0b-e8462b248710', '3164f8ec-276c-4b7e-a9fd-a6fe01e94412', '87cd64b2-5b65-478c-98d4-a1b6267ba927',
          '6c76b128-56c3-4185-84c1-93c7f85f7365', '6cedd6b2-e8c7-450a-b8f5-4569002d4c6d', 'e1fb8954-96aa-44f2-9744-237babfb5c47',
          'a6471824-1eed-4214-80bb-192ad16bfce4', '6ca9cee0-dfc8-4c27-affd-16fadff36e21', 'c985e510-bf68-4dd8-8187-19bdf72f35df',
          'dcc2c7ca-de6f-48aa-b88b-d2091ac4903b', '593bd6c6-e1a9-4c5f-bce7-1b029e480e2a', '21feeb23-c345-4de5-b9a2-08e742820d78',
        ],
      },
      society: {
        right: [],
        partial: [],
      },
      workstation: {
        right: [
          'c4662ffd-f657-47ef-9434-44b0d8bb0791',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000061',
    enterpriseId: '16636ad5-e124-4d7b-8b7b-add2d8744f17',
    industryCode: 'biomedicine',
    kind: 'breakthrough',
    title: '50吨罐放大后产物浓度下降与杂菌污染',
    problem: '小试5L罐氨基酸产量150g/L，放大到50吨罐只有110g/L；每月有2–3罐污染杂菌被迫倒罐，溶氧控制不稳。',
    goals: '大罐产率不低于小试的90%，污染率低于1%。',
    keywords: ['放大', '倒罐', '杂菌污染', '溶氧'],
    judging: { field: '工业微生物发酵与酶工程', focus: ['微生物发酵'], related: [] },
    judged: {
      expert: {
        right: [
          '242ae145-e413-4ad5-9616-0d49bd64c187', 'a7a049c8-20d9-45f0-a43c-b18c02ca322d', '3164f8ec-276c-4b7e-a9fd-a6fe01e94412',
          '88cbb824-2d1b-47c1-a0eb-3c265cd5c37a', 'b3fd13a2-2ffc-49c3-a05b-8bf9da284ec6', '87cd64b2-5b65-478c-98d4-a1b6267ba927',
          '6cedd6b2-e8c7-450a-b8f5-4569002d4c6d', 'e1fb8954-96aa-44f2-9744-237babfb5c47', 'a6471824-1eed-4214-80bb-192ad16bfce4',
          'e9a14b8b-018a-4d50-8736-cae5d50e916a', '965d302d-c37b-41d1-8561-d18fd7753f26', '6ca9cee0-dfc8-4c27-affd-16fadff36e21',
          'c985e510-bf68-4dd8-8187-19bdf72f35df', 'dcc2c7ca-de6f-48aa-b88b-d2091ac4903b', '593bd6c6-e1a9-4c5f-bce7-1b029e480e2a',
          '21feeb23-c345-4de5-b9a2-08e742820d78',
        ],
        partial: [
          'daf7b473-9edb-45ea-bd0b-e8462b248710', '0fd7618f-068d-4c41-a755-beba3defc5e6', 'ea4a668e-7e2f-42be-92db-31cb658d6745',
          '676f1898-35b2-43f3-ba9d-80fc7b57e9a5', '6c76b128-56c3-4185-84c1-93c7f85f7365', 'a95aee09-95e6-475e-92d3-1fcac495ac09',
        ],
      },
      society: {
        right: [],
        partial: [],
      },
      workstation: {
        right: [
          'c4662ffd-f657-47ef-9434-44b0d8bb0791',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000062',
    enterpriseId: 'b425ab63-1568-48ed-8086-8eadb8525d88',
    industryCode: 'biomedicine',
    kind: 'collaboration',
    title: '液体酶产品浓缩提纯收率损失大',
    problem: '发酵液经板框过滤、超滤浓缩后酶活损失近30%，成品液体酶储存三个月活力下降明显。',
    goals: '提取收率≥85%，成品12个月活力保留≥90%。',
    keywords: ['超滤浓缩', '收率损失', '液体酶', '储存稳定性'],
    judging: { field: '工业微生物发酵与酶工程', focus: ['下游纯化', '酶制剂'], related: [] },
    judged: {
      expert: {
        right: [
          '242ae145-e413-4ad5-9616-0d49bd64c187', 'daf7b473-9edb-45ea-bd0b-e8462b248710', '3164f8ec-276c-4b7e-a9fd-a6fe01e94412',
          '0fd7618f-068d-4c41-a755-beba3defc5e6', 'b3fd13a2-2ffc-49c3-a05b-8bf9da284ec6', 'ea4a668e-7e2f-42be-92db-31cb658d6745',
          '87cd64b2-5b65-478c-98d4-a1b6267ba927', '676f1898-35b2-43f3-ba9d-80fc7b57e9a5', '6c76b128-56c3-4185-84c1-93c7f85f7365',
          '6cedd6b2-e8c7-450a-b8f5-4569002d4c6d', 'e1fb8954-96aa-44f2-9744-237babfb5c47', 'a95aee09-95e6-475e-92d3-1fcac495ac09',
          'a6471824-1eed-4214-80bb-192ad16bfce4', 'e9a14b8b-018a-4d50-8736-cae5d50e916a', '965d302d-c37b-41d1-8561-d18fd7753f26',
          '6ca9cee0-dfc8-4c27-affd-16fadff36e21', 'c985e510-bf68-4dd8-8187-19bdf72f35df', 'dcc2c7ca-de6f-48aa-b88b-d2091ac4903b',
          '593bd6c6-e1a9-4c5f-bce7-1b029e480e2a', '21feeb23-c345-4de5-b9a2-08e742820d78',
        ],
        partial: [
          'a7a049c8-20d9-45f0-a43c-b18c02ca322d', '88cbb824-2d1b-47c1-a0eb-3c265cd5c37a',
        ],
      },
      society: {
        right: [],
        partial: [],
      },
      workstation: {
        right: [
          'c4662ffd-f657-47ef-9434-44b0d8bb0791',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000063',
    enterpriseId: '870a3440-9fb9-43c6-89db-dc8a22f7de45',
    industryCode: 'biomedicine',
    kind: 'new_product',
    title: '骨折内固定用可吸收螺钉研制',
    problem: '聚乳酸类螺钉植入后降解过快，力学强度3个月即下降60%，动物实验中与骨愈合进程不匹配，局部还有无菌性炎症。',
    goals: '12个月降解率控制在50%–70%，完成动物实验并进入注册检验。',
    keywords: ['可吸收螺钉', '聚乳酸', '降解速率', '骨愈合'],
    judging: { field: '生物医用材料与体外诊断', focus: ['可降解材料'], related: [] },
    judged: {
      expert: {
        right: [
          '49ddd136-e678-4587-9f2b-4a419df00fc4', '7ba9a05c-2c0c-4a79-9c98-a54b14a3120a', '2d942df0-1866-4d97-aeff-5fe50e6fc367',
          '84b2fa71-bfa1-4532-b84a-499c0cf74a5a', '5955de8a-9f2b-4d62-a505-c11e723ac692', 'a7a049c8-20d9-45f0-a43c-b18c02ca322d',
          '55d4eefc-e283-4b77-aec4-0ee0e3ab24e1', '87cd64b2-5b65-478c-98d4-a1b6267ba927', '6ffb609e-2237-4aac-ba39-1b8fa3f29e1e',
          '676f1898-35b2-43f3-ba9d-80fc7b57e9a5', 'a5d6ae63-0aa7-4148-a56a-c713db32d646', '6cedd6b2-e8c7-450a-b8f5-4569002d4c6d',
          '45e1d8aa-39a1-46a4-9ff7-5d76eba13a6d', 'b6dd0924-ff46-4cd3-9764-43f94c35c377', '965d302d-c37b-41d1-8561-d18fd7753f26',
          '593bd6c6-e1a9-4c5f-bce7-1b029e480e2a', 'a1ca48ba-db30-49c4-9ae5-33eaeced7880', '1a4a5195-cc53-4a3d-a0d7-87b56a2897cb',
        ],
        partial: [
          '3270acdc-5e81-4ae6-a942-92d0378fe810', 'e6064e1e-7c90-471f-8e28-151af4cfc4bb', '3164f8ec-276c-4b7e-a9fd-a6fe01e94412',
          '568d27c7-1360-47d9-8746-8f5c4861880e', '432e9b00-99a4-4181-bbd1-a696c7263bae', 'c9d499ca-6d6d-4a0f-b53e-9cc8bd9c507e',
          'c0e240ae-9f9e-4545-b26e-07acf74853dd', 'a95aee09-95e6-475e-92d3-1fcac495ac09', '6ca9cee0-dfc8-4c27-affd-16fadff36e21',
        ],
      },
      society: {
        right: [],
        partial: [],
      },
      workstation: {
        right: [
          'c4662ffd-f657-47ef-9434-44b0d8bb0791', 'f7f19d4a-68b5-4316-8c59-e4b68a5b9991',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000064',
    enterpriseId: '16636ad5-e124-4d7b-8b7b-add2d8744f17',
    industryCode: 'biomedicine',
    kind: 'breakthrough',
    title: '心梗快速检测卡灵敏度不足',
    problem: '胶体金试纸条检测肌钙蛋白的检出下限只有0.5ng/mL，离急诊胸痛中心要求差距大；试纸在高温高湿下保存易失效。',
    goals: '检出下限0.1ng/mL，产品效期≥18个月。',
    keywords: ['胶体金试纸', '肌钙蛋白', '检出下限', '急诊'],
    judging: { field: '生物医用材料与体外诊断', focus: ['免疫层析', '体外诊断'], related: [] },
    judged: {
      expert: {
        right: [
          '49ddd136-e678-4587-9f2b-4a419df00fc4', '2d942df0-1866-4d97-aeff-5fe50e6fc367', '84b2fa71-bfa1-4532-b84a-499c0cf74a5a',
          '3270acdc-5e81-4ae6-a942-92d0378fe810', '5955de8a-9f2b-4d62-a505-c11e723ac692', 'e6064e1e-7c90-471f-8e28-151af4cfc4bb',
          'a7a049c8-20d9-45f0-a43c-b18c02ca322d', '3164f8ec-276c-4b7e-a9fd-a6fe01e94412', '55d4eefc-e283-4b77-aec4-0ee0e3ab24e1',
          '87cd64b2-5b65-478c-98d4-a1b6267ba927', '568d27c7-1360-47d9-8746-8f5c4861880e', '6ffb609e-2237-4aac-ba39-1b8fa3f29e1e',
          '676f1898-35b2-43f3-ba9d-80fc7b57e9a5', '432e9b00-99a4-4181-bbd1-a696c7263bae', 'c9d499ca-6d6d-4a0f-b53e-9cc8bd9c507e',
          'c0e240ae-9f9e-4545-b26e-07acf74853dd', '45e1d8aa-39a1-46a4-9ff7-5d76eba13a6d', 'a95aee09-95e6-475e-92d3-1fcac495ac09',
          'b6dd0924-ff46-4cd3-9764-43f94c35c377', '965d302d-c37b-41d1-8561-d18fd7753f26', '6ca9cee0-dfc8-4c27-affd-16fadff36e21',
          '593bd6c6-e1a9-4c5f-bce7-1b029e480e2a', 'a1ca48ba-db30-49c4-9ae5-33eaeced7880', '1a4a5195-cc53-4a3d-a0d7-87b56a2897cb',
        ],
        partial: [
          'a5d6ae63-0aa7-4148-a56a-c713db32d646', '6cedd6b2-e8c7-450a-b8f5-4569002d4c6d',
        ],
      },
      society: {
        right: [],
        partial: [],
      },
      workstation: {
        right: [
          'c4662ffd-f657-47ef-9434-44b0d8bb0791', 'f7f19d4a-68b5-4316-8c59-e4b68a5b9991',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000065',
    enterpriseId: 'b425ab63-1568-48ed-8086-8eadb8525d88',
    industryCode: 'biomedicine',
    kind: 'consulting',
    title: '二类有源理疗产品注册申报路径咨询',
    problem: '公司研发的家用低频理疗仪首次申报，对型式检验、电磁兼容、临床评价路径不熟悉，资料两次被发补。',
    goals: '一年内取得二类注册证，建立符合规范的质量管理体系。',
    keywords: ['注册申报', '型式检验', '临床评价', '发补'],
    judging: { field: '生物医用材料与体外诊断', focus: ['注册检验', '医疗器械'], related: [] },
    judged: {
      expert: {
        right: [
          '49ddd136-e678-4587-9f2b-4a419df00fc4', '7ba9a05c-2c0c-4a79-9c98-a54b14a3120a', '2d942df0-1866-4d97-aeff-5fe50e6fc367',
          '84b2fa71-bfa1-4532-b84a-499c0cf74a5a', '3270acdc-5e81-4ae6-a942-92d0378fe810', '5955de8a-9f2b-4d62-a505-c11e723ac692',
          'e6064e1e-7c90-471f-8e28-151af4cfc4bb', 'a7a049c8-20d9-45f0-a43c-b18c02ca322d', '3164f8ec-276c-4b7e-a9fd-a6fe01e94412',
          '55d4eefc-e283-4b77-aec4-0ee0e3ab24e1', '87cd64b2-5b65-478c-98d4-a1b6267ba927', '568d27c7-1360-47d9-8746-8f5c4861880e',
          '6ffb609e-2237-4aac-ba39-1b8fa3f29e1e', '676f1898-35b2-43f3-ba9d-80fc7b57e9a5', '432e9b00-99a4-4181-bbd1-a696c7263bae',
          'a5d6ae63-0aa7-4148-a56a-c713db32d646', 'c9d499ca-6d6d-4a0f-b53e-9cc8bd9c507e', 'c0e240ae-9f9e-4545-b26e-07acf74853dd',
          '6cedd6b2-e8c7-450a-b8f5-4569002d4c6d', '45e1d8aa-39a1-46a4-9ff7-5d76eba13a6d', 'a95aee09-95e6-475e-92d3-1fcac495ac09',
          'b6dd0924-ff46-4cd3-9764-43f94c35c377', '965d302d-c37b-41d1-8561-d18fd7753f26', '6ca9cee0-dfc8-4c27-affd-16fadff36e21',
          '593bd6c6-e1a9-4c5f-bce7-1b029e480e2a', 'a1ca48ba-db30-49c4-9ae5-33eaeced7880', '1a4a5195-cc53-4a3d-a0d7-87b56a2897cb',
        ],
        partial: [],
      },
      society: {
        right: [],
        partial: [],
      },
      workstation: {
        right: [
          'c4662ffd-f657-47ef-9434-44b0d8bb0791', 'f7f19d4a-68b5-4316-8c59-e4b68a5b9991',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000066',
    enterpriseId: 'e9195145-f310-40e9-85f6-f27deb7ca578',
    industryCode: 'big_data_xinchuang',
    kind: 'breakthrough',
    title: '焦化厂关键机泵突发故障提前预警',
    problem: '推焦车、鼓风机等关键设备突发故障导致非计划停机，现有点检靠人工听音测温，维修以事后抢修为主。',
    goals: '故障预警准确率≥85%，非计划停机减少30%。',
    keywords: ['机泵', '突发故障', '振动监测', '点检'],
    judging: { field: '工业互联网与设备预测性维护', focus: ['预测性维护'], related: [{ field: '煤矿智能化综采装备', focus: ['故障诊断'] }] },
    judged: {
      expert: {
        right: [
          '48a7ea61-d169-4cb2-b122-bea2fcefe9ac', '79a131b1-4c6a-4298-af7c-9763f9f3b724', 'e1ee20e9-8814-468a-b002-86328a838c43',
          'c59e3053-39f0-4024-a230-ac515d8ffda5', '6450e54c-d445-4700-8f12-d2403805296c', '81ecd58d-89cb-4a40-bf94-5905a0ccbf5b',
        ],
        partial: [
          'c2c56798-8b02-43b0-9162-6c7c9a7332a0', 'b2c79362-7324-4ddf-b37f-af0bb7682be5', 'cbcf464f-3ea0-4677-9b71-6e82f82a808d',
          'ea41201c-6953-4a3d-a576-f92117c84cc1', '753ffd93-15c6-4af3-ba55-a2723bfad955', 'f07dad03-8316-4084-a2fa-14e6faa0fd2e',
          '3799a87c-f442-4a97-9288-05f2962a7bcc', '8dfe64df-7015-4c19-a1f3-7e82f8308a2b', '2c61c303-ed8e-4c10-ad16-0667785a3b38',
          'a0402b40-8cc8-4b60-990c-bc87dc2fb134', 'dabe4bda-68b7-4db1-9353-a390badc2a1c', '41ec1b0e-6b29-416d-8abc-7bcabb7e5930',
          '493bb1b4-eee5-46d6-9778-0886382e4346',
        ],
      },
      society: {
        right: [],
        partial: [
          '3316f473-2e55-4030-a9e1-f9958cb34b6e', '602a7f3c-470d-4ad2-8094-0c79dff54653',
        ],
      },
      workstation: {
        right: [],
        partial: [
          '442e0006-646d-4fbc-970e-b84e78e4084d', 'ee89d840-b20c-47ce-90b9-cadf219339e3',
        ],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000067',
    enterpriseId: '4fe9dc00-189b-45e4-9f8c-b9bb30f2ea5a',
    industryCode: 'big_data_xinchuang',
    kind: 'collaboration',
    title: '全厂多品牌控制系统数据统一汇聚',
    problem: '厂内有西门子、罗克韦尔、和利时等多套控制系统，协议各不相同，数据无法汇聚，生产报表仍靠人工抄录，数据口径混乱。',
    goals: '设备接入率≥95%，建成统一数据平台，报表自动生成。',
    keywords: ['多协议', '控制系统', '数据汇聚', '人工抄录'],
    judging: { field: '工业互联网与设备预测性维护', focus: ['OPC UA', '工业互联网', '数据中台'], related: [] },
    judged: {
      expert: {
        right: [
          '48a7ea61-d169-4cb2-b122-bea2fcefe9ac', '79a131b1-4c6a-4298-af7c-9763f9f3b724', 'e1ee20e9-8814-468a-b002-86328a838c43',
          'f07dad03-8316-4084-a2fa-14e6faa0fd2e', '8dfe64df-7015-4c19-a1f3-7e82f8308a2b', '2c61c303-ed8e-4c10-ad16-0667785a3b38',
          'c59e3053-39f0-4024-a230-ac515d8ffda5', '6450e54c-d445-4700-8f12-d2403805296c', '81ecd58d-89cb-4a40-bf94-5905a0ccbf5b',
          '493bb1b4-eee5-46d6-9778-0886382e4346',
        ],
        partial: [],
      },
      society: {
        right: [],
        partial: [
          '3316f473-2e55-4030-a9e1-f9958cb34b6e', '602a7f3c-470d-4ad2-8094-0c79dff54653',
        ],
      },
      workstation: {
        right: [],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000068',
    enterpriseId: '2d947de5-fbb9-4119-9947-c2324a7d1f15',
    industryCode: 'big_data_xinchuang',
    kind: 'breakthrough',
    title: '财务与供应链系统从Oracle迁出',
    problem: 'ERP系统运行在Oracle上，迁到达梦后存储过程大量报错，月结报表查询慢了5倍，业务部门拒绝切换。',
    goals: '关键交易响应时间≤1秒，迁移过程零数据丢失，完成切换。',
    keywords: ['Oracle', '达梦', '存储过程', '查询变慢'],
    judging: { field: '信创软硬件适配与数据库', focus: ['国产数据库', '迁移适配'], related: [] },
    judged: {
      expert: {
        right: [
          'a9078a58-fab4-4396-8f4e-bf854722dfbd', '939c4e8c-b2f6-4dac-ac9d-09c6be6111c3', '6a8b3d0b-def7-4fd9-94d7-aa09adf23d0c',
          '48a7ea61-d169-4cb2-b122-bea2fcefe9ac', '79a131b1-4c6a-4298-af7c-9763f9f3b724', 'b3f91755-2d04-4a36-8504-317b80067ad9',
          '774193b2-cf35-4f77-aa99-51b333ee2bf6', 'aa3267c2-b10f-4478-be46-75bf08907ac8', 'd46be09e-d9f6-4642-85f9-82c1be46433a',
          '76f1703f-ff1d-41ba-be4e-d8487fcf2854', '493bb1b4-eee5-46d6-9778-0886382e4346', 'd0322483-14b8-4c47-8539-3942e49dafe4',
        ],
        partial: [
          'ed685af1-4aea-41f9-9d3a-b07a9a04abd6', '2720c628-9169-4853-93cb-6b9d2064f75a', 'c59e3053-39f0-4024-a230-ac515d8ffda5',
        ],
      },
      society: {
        right: [],
        partial: [
          '602a7f3c-470d-4ad2-8094-0c79dff54653',
        ],
      },
      workstation: {
        right: [],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000069',
    enterpriseId: '46840594-8668-4610-9416-33103c0805b3',
    industryCode: 'big_data_xinchuang',
    kind: 'consulting',
    title: '生产管理系统三级测评整改',
    problem: '上次测评得分68分未通过，主要问题在身份鉴别、日志审计和边界防护，企业缺少专职安全人员。',
    goals: '完成整改并通过三级测评，建立安全运维制度。',
    keywords: ['测评整改', '身份鉴别', '日志审计', '边界防护'],
    judging: { field: '信创软硬件适配与数据库', focus: ['网络安全等级保护'], related: [] },
    judged: {
      expert: {
        right: [
          'a9078a58-fab4-4396-8f4e-bf854722dfbd', '939c4e8c-b2f6-4dac-ac9d-09c6be6111c3', '6a8b3d0b-def7-4fd9-94d7-aa09adf23d0c',
          '48a7ea61-d169-4cb2-b122-bea2fcefe9ac', '79a131b1-4c6a-4298-af7c-9763f9f3b724', '774193b2-cf35-4f77-aa99-51b333ee2bf6',
          'c59e3053-39f0-4024-a230-ac515d8ffda5', 'd46be09e-d9f6-4642-85f9-82c1be46433a',
        ],
        partial: [
          'ed685af1-4aea-41f9-9d3a-b07a9a04abd6', '2720c628-9169-4853-93cb-6b9d2064f75a', 'b3f91755-2d04-4a36-8504-317b80067ad9',
          'aa3267c2-b10f-4478-be46-75bf08907ac8', '76f1703f-ff1d-41ba-be4e-d8487fcf2854', '493bb1b4-eee5-46d6-9778-0886382e4346',
          'd0322483-14b8-4c47-8539-3942e49dafe4',
        ],
      },
      society: {
        right: [],
        partial: [
          '602a7f3c-470d-4ad2-8094-0c79dff54653',
        ],
      },
      workstation: {
        right: [],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000070',
    enterpriseId: 'edc9e2e0-7756-4bc4-8ab7-4e1aa85677af',
    industryCode: 'big_data_xinchuang',
    kind: 'collaboration',
    title: '办公终端换装麒麟系统后外设与应用兼容',
    problem: '单位300台终端换装银河麒麟和飞腾整机后，打印机、高拍仪驱动缺失，部分OA插件和财务软件无法使用。',
    goals: '外设适配率100%，业务软件全部可用。',
    keywords: ['麒麟', '飞腾', '外设驱动', '终端替换'],
    judging: { field: '信创软硬件适配与数据库', focus: ['国产操作系统', '信创'], related: [] },
    judged: {
      expert: {
        right: [
          '2720c628-9169-4853-93cb-6b9d2064f75a', 'a9078a58-fab4-4396-8f4e-bf854722dfbd', '939c4e8c-b2f6-4dac-ac9d-09c6be6111c3',
          '6a8b3d0b-def7-4fd9-94d7-aa09adf23d0c', '48a7ea61-d169-4cb2-b122-bea2fcefe9ac', '79a131b1-4c6a-4298-af7c-9763f9f3b724',
          'b3f91755-2d04-4a36-8504-317b80067ad9', '774193b2-cf35-4f77-aa99-51b333ee2bf6', 'aa3267c2-b10f-4478-be46-75bf08907ac8',
          'c59e3053-39f0-4024-a230-ac515d8ffda5', 'd46be09e-d9f6-4642-85f9-82c1be46433a', '76f1703f-ff1d-41ba-be4e-d8487fcf2854',
          '493bb1b4-eee5-46d6-9778-0886382e4346', 'd0322483-14b8-4c47-8539-3942e49dafe4',
        ],
        partial: [],
      },
      society: {
        right: [],
        partial: [
          '602a7f3c-470d-4ad2-8094-0c79dff54653',
        ],
      },
      workstation: {
        right: [],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000071',
    enterpriseId: 'e9195145-f310-40e9-85f6-f27deb7ca578',
    industryCode: 'big_data_xinchuang',
    kind: 'breakthrough',
    title: '井下主运输皮带人员违规跨越自动告警',
    problem: '主运输皮带沿线摄像头近200路，靠调度员盯屏，粉尘大、光线暗，现有算法误报多，调度员已关掉告警。',
    goals: '识别准确率≥95%，误报率≤2%，单路推理时延≤100ms。',
    keywords: ['主运输皮带', '违规跨越', '误报', '粉尘'],
    judging: { field: '机器视觉与智能视频分析', focus: ['煤矿安全监控', '视频分析'], related: [] },
    judged: {
      expert: {
        right: [
          'af486a70-054c-4362-9a8c-267806214f9b', '6a8b3d0b-def7-4fd9-94d7-aa09adf23d0c', '8dfe64df-7015-4c19-a1f3-7e82f8308a2b',
          'aa3267c2-b10f-4478-be46-75bf08907ac8', 'c59e3053-39f0-4024-a230-ac515d8ffda5', '4f6d9615-377c-4da2-b852-cb516b9f16c5',
          '81ecd58d-89cb-4a40-bf94-5905a0ccbf5b', 'd0322483-14b8-4c47-8539-3942e49dafe4',
        ],
        partial: [],
      },
      society: {
        right: [],
        partial: [
          '3316f473-2e55-4030-a9e1-f9958cb34b6e', '602a7f3c-470d-4ad2-8094-0c79dff54653',
        ],
      },
      workstation: {
        right: [
          '9bcd2c32-5df0-4766-9a03-99b151031757',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000072',
    enterpriseId: '4fe9dc00-189b-45e4-9f8c-b9bb30f2ea5a',
    industryCode: 'big_data_xinchuang',
    kind: 'new_product',
    title: '铝型材表面划伤凹坑在线自动判别',
    problem: '挤压铝型材表面瑕疵靠人工目检，漏检率5%；瑕疵样本少、类别多，买来的设备误判率高。',
    goals: '漏检率低于0.5%，误判率≤2%，适配3条挤压线。',
    keywords: ['表面瑕疵', '人工目检', '小样本', '铝型材'],
    judging: { field: '机器视觉与智能视频分析', focus: ['缺陷检测', '深度学习'], related: [{ field: '工业机器人与智能制造系统', focus: ['机器视觉'] }] },
    judged: {
      expert: {
        right: [
          'af486a70-054c-4362-9a8c-267806214f9b', '6a8b3d0b-def7-4fd9-94d7-aa09adf23d0c', '8dfe64df-7015-4c19-a1f3-7e82f8308a2b',
          'aa3267c2-b10f-4478-be46-75bf08907ac8', 'c59e3053-39f0-4024-a230-ac515d8ffda5', '4f6d9615-377c-4da2-b852-cb516b9f16c5',
          '81ecd58d-89cb-4a40-bf94-5905a0ccbf5b', 'd0322483-14b8-4c47-8539-3942e49dafe4',
        ],
        partial: [
          'b2c79362-7324-4ddf-b37f-af0bb7682be5', 'cbcf464f-3ea0-4677-9b71-6e82f82a808d', '12aa2f30-a79d-44ed-b2c8-1a43e02a98fd',
          '44341348-4a62-47be-914c-7ff6a6a47fb3', '97336ce4-5b02-42f8-b8d4-9de91a90a7b2', '4f464709-fbac-44a0-9dde-44a9ba3097c6',
          'de909b5b-8cb7-464a-8536-0c3e7db6dd66', '7f819567-f401-4359-affc-2091e4b78290',
        ],
      },
      society: {
        right: [],
        partial: [
          '3316f473-2e55-4030-a9e1-f9958cb34b6e', '602a7f3c-470d-4ad2-8094-0c79dff54653',
        ],
      },
      workstation: {
        right: [
          '9bcd2c32-5df0-4766-9a03-99b151031757',
        ],
        partial: [
          'ee89d840-b20c-47ce-90b9-cadf219339e3',
        ],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000073',
    enterpriseId: '2d947de5-fbb9-4119-9947-c2324a7d1f15',
    industryCode: 'big_data_xinchuang',
    kind: 'breakthrough',
    title: '机房制冷电费过高的节能改造',
    problem: '2000机柜的机房电能使用效率约1.6，夏季局部热点导致服务器降频，空调电费占运营成本四成。',
    goals: '电能使用效率≤1.25，年节电500万kWh，单机柜功率提升到30kW。',
    keywords: ['机房制冷', '局部热点', '降频', '节电'],
    judging: { field: '绿色数据中心与算力调度', focus: ['液冷', 'PUE'], related: [{ field: '工业余热利用与系统节能', focus: ['热泵', '余热回收'] }] },
    judged: {
      expert: {
        right: [
          '2720c628-9169-4853-93cb-6b9d2064f75a', 'c0f4dfc5-3d17-43fd-8dc2-25d3e10b1661', 'b2c79362-7324-4ddf-b37f-af0bb7682be5',
          '939c4e8c-b2f6-4dac-ac9d-09c6be6111c3', 'f07dad03-8316-4084-a2fa-14e6faa0fd2e', '774193b2-cf35-4f77-aa99-51b333ee2bf6',
          '1159b930-7be8-4f34-8243-84c73e4f39ca', 'd46be09e-d9f6-4642-85f9-82c1be46433a', '76f1703f-ff1d-41ba-be4e-d8487fcf2854',
        ],
        partial: [
          'dd45002a-90e7-4ad8-bf07-4ed010f74eb8', 'f68ef0f4-c530-4b0a-998a-0cc34e8dba7b', 'fe65e4e5-c20a-40e2-9383-7a25980d39da',
          '499212bd-e316-46e8-bf03-55514355c368', '762e2c9e-da1e-47f4-81b7-562d2bb9794c', 'f58fc8ff-a230-44f8-a0d8-d05924fa18a8',
          'f881548c-e7f3-44f3-ba03-348fac4f4cb5', 'bef53a50-aa3b-4741-b132-f0c2ff6f42fe', '4976732f-e55e-41f5-bcc0-143ff623bb35',
          '3336f926-417c-45fa-9ad4-bfef4db6b78e', '2c61c303-ed8e-4c10-ad16-0667785a3b38', 'bc444700-fad7-45eb-9985-3ce36cdc835b',
          '4914ddf1-0469-4be4-9391-ec5adbaa4959', '2d07f1fa-39f3-427a-a92b-8651918fd656',
        ],
      },
      society: {
        right: [],
        partial: [
          '3316f473-2e55-4030-a9e1-f9958cb34b6e', '602a7f3c-470d-4ad2-8094-0c79dff54653',
        ],
      },
      workstation: {
        right: [],
        partial: [
          '442e0006-646d-4fbc-970e-b84e78e4084d', 'e055c862-e6e7-4fea-bf2a-458ee801794b', '5dc16c96-22e4-4753-8c5b-8fc04eba77cd',
        ],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000074',
    enterpriseId: '46840594-8668-4610-9416-33103c0805b3',
    industryCode: 'big_data_xinchuang',
    kind: 'consulting',
    title: '政务云GPU资源利用率偏低',
    problem: '市级政务云采购的GPU卡平均利用率不到20%，各部门独占使用，模型训练任务排队严重。',
    goals: '资源池化后利用率提升到70%，任务平均等待时间缩短一半。',
    keywords: ['GPU利用率', '资源池化', '任务排队', '政务云'],
    judging: { field: '绿色数据中心与算力调度', focus: ['算力调度'], related: [] },
    judged: {
      expert: {
        right: [
          '2720c628-9169-4853-93cb-6b9d2064f75a', '939c4e8c-b2f6-4dac-ac9d-09c6be6111c3', '2c61c303-ed8e-4c10-ad16-0667785a3b38',
          '4914ddf1-0469-4be4-9391-ec5adbaa4959', '1159b930-7be8-4f34-8243-84c73e4f39ca', 'd46be09e-d9f6-4642-85f9-82c1be46433a',
          '76f1703f-ff1d-41ba-be4e-d8487fcf2854',
        ],
        partial: [
          'c0f4dfc5-3d17-43fd-8dc2-25d3e10b1661', 'b2c79362-7324-4ddf-b37f-af0bb7682be5', 'f07dad03-8316-4084-a2fa-14e6faa0fd2e',
          '774193b2-cf35-4f77-aa99-51b333ee2bf6',
        ],
      },
      society: {
        right: [],
        partial: [
          '3316f473-2e55-4030-a9e1-f9958cb34b6e', '602a7f3c-470d-4ad2-8094-0c79dff54653',
        ],
      },
      workstation: {
        right: [],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000075',
    enterpriseId: 'cd49274c-1505-41f7-9c98-9f1f218fe74b',
    industryCode: 'green_building_materials',
    kind: 'breakthrough',
    title: '矸石砖隧道窑产品欠火与泛霜',
    problem: '公司以洗选矸石为主要原料生产空心砖，冬季出窑产品欠火、表面泛白霜，强度只有MU10，内燃热值波动大。',
    goals: '抗压强度达到MU15，矸石掺量≥70%，泛霜等级合格。',
    keywords: ['矸石', '隧道窑', '欠火', '泛霜'],
    judging: { field: '煤基固废建材化利用', focus: ['煤矸石', '烧结制品'], related: [] },
    judged: {
      expert: {
        right: [
          '7b9d9490-93e0-4954-be09-7d6cb8835f53', '528e4844-948c-4831-9d1a-04cd09f84ed3', '22ede65e-e15d-4715-95df-ba6b58b0d4ea',
          '96510a8d-dad9-426a-bf9a-a58a0c8d0236', 'a93c1a8a-4726-4f2a-a6c5-2dd464403371', '228d1414-c5af-4d59-a6f3-d6cb768b8332',
          '9e9eb9c5-eb31-4130-96f7-9a00e35f9b5b', '6367a631-ac6c-4e81-b8c6-b634e7f6658b', '89d93e58-c466-4cac-bc4a-a2106c64b939',
          '626423ae-4c30-4e3e-bba7-7fd25bf4c077', 'be9561c0-7ccd-40ef-a4d5-ee09de7ada02',
        ],
        partial: [
          '5ec01f93-4fef-4306-a260-bfb61d911a57',
        ],
      },
      society: {
        right: [],
        partial: [
          '308c76df-1786-44df-ba54-faff19c2c1a1', 'f887c397-5b64-4a01-b298-5fea5d925f1d',
        ],
      },
      workstation: {
        right: [
          '7cd03aa1-a646-4d53-8ecb-edf598599ad9', 'c49066c3-e510-459e-8109-db742e178bf6',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000076',
    enterpriseId: 'f0f2bec0-27a5-4216-ae49-bb1a26d04678',
    industryCode: 'green_building_materials',
    kind: 'collaboration',
    title: '电厂灰渣蒸养砖早期强度低',
    problem: '利用电厂排灰和脱硫石膏生产蒸养砖，出釜强度波动大，冬季养护周期长；个别批次内照射指数超标。',
    goals: '养护周期缩短40%，内照射指数≤1.0，灰渣掺量≥70%。',
    keywords: ['电厂灰渣', '蒸养砖', '脱硫石膏', '内照射'],
    judging: { field: '煤基固废建材化利用', focus: ['粉煤灰', '免烧砌块'], related: [] },
    judged: {
      expert: {
        right: [
          '7b9d9490-93e0-4954-be09-7d6cb8835f53', '528e4844-948c-4831-9d1a-04cd09f84ed3', '22ede65e-e15d-4715-95df-ba6b58b0d4ea',
          '96510a8d-dad9-426a-bf9a-a58a0c8d0236', 'a93c1a8a-4726-4f2a-a6c5-2dd464403371', '228d1414-c5af-4d59-a6f3-d6cb768b8332',
          '9e9eb9c5-eb31-4130-96f7-9a00e35f9b5b', '6367a631-ac6c-4e81-b8c6-b634e7f6658b', '5ec01f93-4fef-4306-a260-bfb61d911a57',
          '626423ae-4c30-4e3e-bba7-7fd25bf4c077', 'be9561c0-7ccd-40ef-a4d5-ee09de7ada02',
        ],
        partial: [
          '89d93e58-c466-4cac-bc4a-a2106c64b939',
        ],
      },
      society: {
        right: [],
        partial: [
          '308c76df-1786-44df-ba54-faff19c2c1a1', 'f887c397-5b64-4a01-b298-5fea5d925f1d',
        ],
      },
      workstation: {
        right: [
          '7cd03aa1-a646-4d53-8ecb-edf598599ad9', 'c49066c3-e510-459e-8109-db742e178bf6',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000077',
    enterpriseId: '208ce6d0-df01-4754-ac2f-d8d17837a158',
    industryCode: 'green_building_materials',
    kind: 'commercialisation',
    title: '选煤尾矿制轻质陶粒中试',
    problem: '实验室已用选煤尾泥和污泥烧制出轻质陶粒，但回转窑中试时结圈、粘窑，堆积密度忽高忽低。',
    goals: '堆积密度≤600kg/m³，筒压强度≥4MPa，建成5万m³/年示范线。',
    keywords: ['尾泥', '轻质陶粒', '回转窑', '结圈'],
    judging: { field: '煤基固废建材化利用', focus: ['烧结制品', '固废资源化'], related: [] },
    judged: {
      expert: {
        right: [
          '7b9d9490-93e0-4954-be09-7d6cb8835f53', '22ede65e-e15d-4715-95df-ba6b58b0d4ea', '96510a8d-dad9-426a-bf9a-a58a0c8d0236',
          'a93c1a8a-4726-4f2a-a6c5-2dd464403371', '228d1414-c5af-4d59-a6f3-d6cb768b8332', '9e9eb9c5-eb31-4130-96f7-9a00e35f9b5b',
          '6367a631-ac6c-4e81-b8c6-b634e7f6658b', '89d93e58-c466-4cac-bc4a-a2106c64b939', '5ec01f93-4fef-4306-a260-bfb61d911a57',
          '626423ae-4c30-4e3e-bba7-7fd25bf4c077', 'be9561c0-7ccd-40ef-a4d5-ee09de7ada02',
        ],
        partial: [],
      },
      society: {
        right: [],
        partial: [
          '308c76df-1786-44df-ba54-faff19c2c1a1', 'f887c397-5b64-4a01-b298-5fea5d925f1d',
        ],
      },
      workstation: {
        right: [
          '7cd03aa1-a646-4d53-8ecb-edf598599ad9', 'c49066c3-e510-459e-8109-db742e178bf6',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000078',
    enterpriseId: '787945b7-6582-4c64-9d3a-e55563b7ac55',
    industryCode: 'green_building_materials',
    kind: 'breakthrough',
    title: '转炉渣微粉作掺合料安定性不合格',
    problem: '钢厂转炉渣磨细后作混凝土掺合料，压蒸安定性不合格，游离氧化钙含量高，搅拌站不敢大量使用。',
    goals: '掺量≥40%且安定性合格，28天活性指数≥75%。',
    keywords: ['转炉渣', '游离氧化钙', '安定性', '掺合料'],
    judging: { field: '低碳胶凝材料与混凝土外加剂', focus: ['钢渣'], related: [] },
    judged: {
      expert: {
        right: [
          '28cd9659-439f-4a7e-935a-e1891ad5f187', '228d1414-c5af-4d59-a6f3-d6cb768b8332', '6367a631-ac6c-4e81-b8c6-b634e7f6658b',
          '89d93e58-c466-4cac-bc4a-a2106c64b939', '9ce9aeb3-88c2-49d7-a867-17adfe8fef8a', '1873ff54-d831-48c9-b917-b350bed39f38',
          '4d88975e-063b-4597-b656-ef2c74b80bb4', 'def6cc7d-001f-4fe5-abcd-ff7199ad4539', 'be9561c0-7ccd-40ef-a4d5-ee09de7ada02',
        ],
        partial: [
          '5ec01f93-4fef-4306-a260-bfb61d911a57',
        ],
      },
      society: {
        right: [],
        partial: [],
      },
      workstation: {
        right: [
          'c49066c3-e510-459e-8109-db742e178bf6',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000079',
    enterpriseId: 'f4a8e91f-6cb2-4da6-870b-17e1805600d2',
    industryCode: 'green_building_materials',
    kind: 'collaboration',
    title: '机制砂泵送混凝土坍落度经时损失大',
    problem: '商混站改用机制砂后，2小时坍落度损失达60mm以上，砂中泥粉含量高，减水组分被大量吸附，泵管经常堵塞。',
    goals: '2小时坍落度损失≤20mm，胶材用量不增加。',
    keywords: ['机制砂', '坍落度损失', '泵送', '泥粉吸附'],
    judging: { field: '低碳胶凝材料与混凝土外加剂', focus: ['混凝土外加剂'], related: [] },
    judged: {
      expert: {
        right: [
          '28cd9659-439f-4a7e-935a-e1891ad5f187', '228d1414-c5af-4d59-a6f3-d6cb768b8332', '6367a631-ac6c-4e81-b8c6-b634e7f6658b',
          '89d93e58-c466-4cac-bc4a-a2106c64b939', '5ec01f93-4fef-4306-a260-bfb61d911a57', '9ce9aeb3-88c2-49d7-a867-17adfe8fef8a',
          '1873ff54-d831-48c9-b917-b350bed39f38', '4d88975e-063b-4597-b656-ef2c74b80bb4',
        ],
        partial: [
          'def6cc7d-001f-4fe5-abcd-ff7199ad4539', 'be9561c0-7ccd-40ef-a4d5-ee09de7ada02',
        ],
      },
      society: {
        right: [],
        partial: [],
      },
      workstation: {
        right: [
          'c49066c3-e510-459e-8109-db742e178bf6',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000080',
    enterpriseId: '570fc74e-d857-43af-8c32-846a8c31394b',
    industryCode: 'green_building_materials',
    kind: 'new_product',
    title: '无熟料碱激发预制路沿石开发',
    problem: '想利用矿渣、粉煤灰生产不用水泥熟料的预制路沿石，但碱激发后凝结太快，后期收缩开裂、表面泛碱。',
    goals: '3天抗压强度≥20MPa，收缩率≤0.05%，单位产品碳排放降低30%。',
    keywords: ['碱激发', '无熟料', '收缩开裂', '路沿石'],
    judging: { field: '低碳胶凝材料与混凝土外加剂', focus: ['地聚合物', '低碳水泥'], related: [{ field: '煤基固废建材化利用', focus: ['粉煤灰'] }] },
    judged: {
      expert: {
        right: [
          '28cd9659-439f-4a7e-935a-e1891ad5f187', '228d1414-c5af-4d59-a6f3-d6cb768b8332', '6367a631-ac6c-4e81-b8c6-b634e7f6658b',
          '89d93e58-c466-4cac-bc4a-a2106c64b939', '5ec01f93-4fef-4306-a260-bfb61d911a57', '9ce9aeb3-88c2-49d7-a867-17adfe8fef8a',
          '1873ff54-d831-48c9-b917-b350bed39f38', '4d88975e-063b-4597-b656-ef2c74b80bb4', 'def6cc7d-001f-4fe5-abcd-ff7199ad4539',
          'be9561c0-7ccd-40ef-a4d5-ee09de7ada02',
        ],
        partial: [
          '528e4844-948c-4831-9d1a-04cd09f84ed3', '22ede65e-e15d-4715-95df-ba6b58b0d4ea', 'a93c1a8a-4726-4f2a-a6c5-2dd464403371',
          '9e9eb9c5-eb31-4130-96f7-9a00e35f9b5b', '626423ae-4c30-4e3e-bba7-7fd25bf4c077',
        ],
      },
      society: {
        right: [],
        partial: [],
      },
      workstation: {
        right: [
          'c49066c3-e510-459e-8109-db742e178bf6',
        ],
        partial: [
          '7cd03aa1-a646-4d53-8ecb-edf598599ad9',
        ],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000081',
    enterpriseId: '55daa9bb-b6a7-4744-b1bd-589d8c496675',
    industryCode: 'green_building_materials',
    kind: 'new_product',
    title: '外墙A级不燃轻质保温板开发',
    problem: '现产EPS板防火等级只有B1，新规要求A级；改用岩棉板后导热系数高、吸水后脱落，施工方投诉多。',
    goals: '防火等级A级，导热系数≤0.025W/(m·K)，憎水率≥98%。',
    keywords: ['外墙', '不燃', '岩棉替代', '导热系数'],
    judging: { field: '装配式建筑与建筑节能材料', focus: ['保温材料', '气凝胶'], related: [] },
    judged: {
      expert: {
        right: [
          'c97581f4-220d-4c9c-9c06-57c6b818b6fa', '96510a8d-dad9-426a-bf9a-a58a0c8d0236', 'a42f639b-7b95-4814-9dfa-ae87cd32285e',
          '5ec01f93-4fef-4306-a260-bfb61d911a57', '9ce9aeb3-88c2-49d7-a867-17adfe8fef8a',
        ],
        partial: [],
      },
      society: {
        right: [],
        partial: [],
      },
      workstation: {
        right: [],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000082',
    enterpriseId: 'f0687647-a0e6-433d-b767-13cab44ee982',
    industryCode: 'green_building_materials',
    kind: 'consulting',
    title: '叠合板工厂模台周转慢与拼缝渗漏',
    problem: 'PC工厂模台周转率低，钢模板变形严重；交付项目的叠合楼板拼缝处出现渗水，开发商提出索赔。',
    goals: '模具周转次数≥200次，拼缝通过淋水试验，形成节点构造企业标准。',
    keywords: ['PC工厂', '模台周转', '叠合楼板', '拼缝渗水'],
    judging: { field: '装配式建筑与建筑节能材料', focus: ['预制构件', '装配式建筑'], related: [] },
    judged: {
      expert: {
        right: [
          'c97581f4-220d-4c9c-9c06-57c6b818b6fa', '96510a8d-dad9-426a-bf9a-a58a0c8d0236', '5ec01f93-4fef-4306-a260-bfb61d911a57',
          '9ce9aeb3-88c2-49d7-a867-17adfe8fef8a',
        ],
        partial: [
          'a42f639b-7b95-4814-9dfa-ae87cd32285e',
        ],
      },
      society: {
        right: [],
        partial: [],
      },
      workstation: {
        right: [],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000083',
    enterpriseId: 'dac286e0-93f8-416d-9a8b-90eeccafbb2b',
    industryCode: 'specialty_agri_processing',
    kind: 'new_product',
    title: '沁州黄谷子即食冲调粉口感改良',
    problem: '谷子磨粉后直接冲调颗粒感强、容易结块，复水慢，年轻消费者接受度低；产品放置半年后有哈味。',
    goals: '复水时间≤5分钟，感官评分≥85分，货架期12个月。',
    keywords: ['谷子', '冲调粉', '颗粒感', '结块'],
    judging: { field: '杂粮加工与营养健康食品', focus: ['小米', '挤压膨化'], related: [] },
    judged: {
      expert: {
        right: [
          '6f5a3ba0-dd4c-4742-863c-5a405de43f07', 'b29e7277-bf49-42b4-8dbd-c23508323f73', '47128784-4cb5-44e1-a1bd-58437943d596',
          '1da3ec36-1d16-41d1-935f-52b493ef151d', 'c882203c-3e3a-49b3-853f-a438908e5493', '31df496e-00ba-4ca9-a6a1-fc6f897450bd',
          '087a8683-ff2a-4e84-965a-9cd15754d33e', 'e5d60db4-3ef0-4964-b625-20e411791444', '008d4f90-b693-4d4e-b65f-80c0ade8779b',
          '757eafab-71b7-403f-97ff-f5a5cdfcd436', 'd5461c5c-2eb0-48ee-b83b-c8603d31f08a', 'def6cc7d-001f-4fe5-abcd-ff7199ad4539',
          '21feeb23-c345-4de5-b9a2-08e742820d78', '42925a41-4240-49c6-afba-849f0b32684f',
        ],
        partial: [],
      },
      society: {
        right: [],
        partial: [
          '828f9540-e0b4-47eb-83ab-fb896449f990', '356b8ad6-fd32-4b9b-a959-8d14f2b072f4',
        ],
      },
      workstation: {
        right: [],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000084',
    enterpriseId: 'c671db78-3538-4b90-8cd5-351162cfd9c2',
    industryCode: 'specialty_agri_processing',
    kind: 'collaboration',
    title: '低升糖杂豆主食面条开发',
    problem: '荞麦、燕麦、红小豆等掺入比例超过30%后面条易断条、浑汤，蒸煮损失大；营养成分在干燥过程中损失明显。',
    goals: '粗粮比例≥50%，GI值<55，蒸煮损失≤8%。',
    keywords: ['低升糖', '断条', '浑汤', '荞麦燕麦'],
    judging: { field: '杂粮加工与营养健康食品', focus: ['淀粉改性', '营养强化'], related: [] },
    judged: {
      expert: {
        right: [
          '6f5a3ba0-dd4c-4742-863c-5a405de43f07', 'b29e7277-bf49-42b4-8dbd-c23508323f73', '47128784-4cb5-44e1-a1bd-58437943d596',
          '1da3ec36-1d16-41d1-935f-52b493ef151d', 'c882203c-3e3a-49b3-853f-a438908e5493', '31df496e-00ba-4ca9-a6a1-fc6f897450bd',
          '087a8683-ff2a-4e84-965a-9cd15754d33e', 'e5d60db4-3ef0-4964-b625-20e411791444', '008d4f90-b693-4d4e-b65f-80c0ade8779b',
          '757eafab-71b7-403f-97ff-f5a5cdfcd436', 'd5461c5c-2eb0-48ee-b83b-c8603d31f08a', 'def6cc7d-001f-4fe5-abcd-ff7199ad4539',
          '21feeb23-c345-4de5-b9a2-08e742820d78', '42925a41-4240-49c6-afba-849f0b32684f',
        ],
        partial: [],
      },
      society: {
        right: [],
        partial: [
          '828f9540-e0b4-47eb-83ab-fb896449f990', '356b8ad6-fd32-4b9b-a959-8d14f2b072f4',
        ],
      },
      workstation: {
        right: [],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000085',
    enterpriseId: '1087e752-382f-4164-a4fe-88ab8fcf4c0e',
    industryCode: 'specialty_agri_processing',
    kind: 'transfer',
    title: '粗粮米饭工业化蒸煮与保鲜技术引进',
    problem: '公司想做即食粗粮米饭，但粗粮吸水慢、回生快，冷藏后发硬，常温保存不到一周。',
    goals: '引进成套工艺，常温货架期6个月，复热后口感评分≥80分。',
    keywords: ['粗粮米饭', '回生', '蒸煮', '常温保存'],
    judging: { field: '杂粮加工与营养健康食品', focus: ['杂粮加工'], related: [] },
    judged: {
      expert: {
        right: [
          'b29e7277-bf49-42b4-8dbd-c23508323f73', '47128784-4cb5-44e1-a1bd-58437943d596', '1da3ec36-1d16-41d1-935f-52b493ef151d',
          'c882203c-3e3a-49b3-853f-a438908e5493', '31df496e-00ba-4ca9-a6a1-fc6f897450bd', 'e5d60db4-3ef0-4964-b625-20e411791444',
          '757eafab-71b7-403f-97ff-f5a5cdfcd436', 'd5461c5c-2eb0-48ee-b83b-c8603d31f08a', 'def6cc7d-001f-4fe5-abcd-ff7199ad4539',
          '21feeb23-c345-4de5-b9a2-08e742820d78', '42925a41-4240-49c6-afba-849f0b32684f',
        ],
        partial: [
          '6f5a3ba0-dd4c-4742-863c-5a405de43f07', '087a8683-ff2a-4e84-965a-9cd15754d33e', '008d4f90-b693-4d4e-b65f-80c0ade8779b',
        ],
      },
      society: {
        right: [],
        partial: [
          '828f9540-e0b4-47eb-83ab-fb896449f990', '356b8ad6-fd32-4b9b-a959-8d14f2b072f4',
        ],
      },
      workstation: {
        right: [],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000086',
    enterpriseId: '44449c5f-1165-43b5-9af5-7d5a5e387fac',
    industryCode: 'specialty_agri_processing',
    kind: 'breakthrough',
    title: '太行山野生翘叶茶苦涩味重',
    problem: '以野生翘叶制作的代用茶苦涩味重，回购率低；杀青揉捻后主要苷类成分流失约一半。',
    goals: '主要苷类保留率≥80%，消费者接受度≥80%，制定团体标准1项。',
    keywords: ['翘叶茶', '苦涩', '杀青揉捻', '代用茶'],
    judging: { field: '药食同源资源开发与功能食品', focus: ['连翘叶'], related: [{ field: '道地药材质量控制与中药新药', focus: ['连翘'] }] },
    judged: {
      expert: {
        right: [
          '815bab10-a5df-42b9-98da-467b49bfa55c', 'b29e7277-bf49-42b4-8dbd-c23508323f73', '1da3ec36-1d16-41d1-935f-52b493ef151d',
          '568d27c7-1360-47d9-8746-8f5c4861880e', 'b737a766-2b09-4897-9810-0ec8fe3b7c09', '6367a631-ac6c-4e81-b8c6-b634e7f6658b',
          '75b38749-1895-4bee-a7b8-8a9721821e69', 'ba6d45cf-6195-4666-8743-b3aae5fcd97b', '757eafab-71b7-403f-97ff-f5a5cdfcd436',
          'ee84ef1e-3d41-4ce6-b5e7-d5c45b965205', '0b6c93e5-bb7c-42e9-8c43-59760ea28744',
        ],
        partial: [
          '41c8ebaf-fc40-494b-af72-e0dbc82491e4', 'ebb77882-27b1-4dad-833b-7921c86f696f', 'daf7b473-9edb-45ea-bd0b-e8462b248710',
          '47128784-4cb5-44e1-a1bd-58437943d596', '7da265e5-4826-4b2f-b77c-5850f0ab2f54', 'ea3389b6-f00d-47e8-af4d-294911e9d8b9',
          'd49e55b3-d987-4c26-8542-084a59f83a9c', '3b0c15f9-a11e-4c7d-8cf9-c11d57f6d7cc', '6ffb609e-2237-4aac-ba39-1b8fa3f29e1e',
          '087a8683-ff2a-4e84-965a-9cd15754d33e', '256a7360-13fb-4755-b62b-c6612c463b71', 'a5d6ae63-0aa7-4148-a56a-c713db32d646',
          '008d4f90-b693-4d4e-b65f-80c0ade8779b', '7ca5b91b-828b-4901-b71d-8121d89a7f12', 'd5461c5c-2eb0-48ee-b83b-c8603d31f08a',
          'c985e510-bf68-4dd8-8187-19bdf72f35df', '21feeb23-c345-4de5-b9a2-08e742820d78',
        ],
      },
      society: {
        right: [],
        partial: [
          '828f9540-e0b4-47eb-83ab-fb896449f990', '356b8ad6-fd32-4b9b-a959-8d14f2b072f4',
        ],
      },
      workstation: {
        right: [
          'cd857d1b-4fe2-4968-8337-5fc60fbcbcf3',
        ],
        partial: [
          'c4662ffd-f657-47ef-9434-44b0d8bb0791', 'f7f19d4a-68b5-4316-8c59-e4b68a5b9991',
        ],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000087',
    enterpriseId: 'fb761215-85e8-47c4-b05c-ec054f9a199f',
    industryCode: 'specialty_agri_processing',
    kind: 'collaboration',
    title: '潞参复合植物饮料抗疲劳功效验证',
    problem: '已上市的参枸饮料缺少功效数据，想申报抗疲劳保健食品，需要动物实验和人群试食，企业没有相应平台。',
    goals: '形成功效评价报告，完成保健食品注册申报。',
    keywords: ['潞参饮料', '抗疲劳', '保健食品申报', '人群试食'],
    judging: { field: '药食同源资源开发与功能食品', focus: ['功效评价', '功能性食品'], related: [{ field: '道地药材质量控制与中药新药', focus: ['党参'] }] },
    judged: {
      expert: {
        right: [
          'b29e7277-bf49-42b4-8dbd-c23508323f73', '47128784-4cb5-44e1-a1bd-58437943d596', '568d27c7-1360-47d9-8746-8f5c4861880e',
          '087a8683-ff2a-4e84-965a-9cd15754d33e', '6367a631-ac6c-4e81-b8c6-b634e7f6658b', '256a7360-13fb-4755-b62b-c6612c463b71',
          '75b38749-1895-4bee-a7b8-8a9721821e69', 'ba6d45cf-6195-4666-8743-b3aae5fcd97b', '757eafab-71b7-403f-97ff-f5a5cdfcd436',
          'ee84ef1e-3d41-4ce6-b5e7-d5c45b965205', 'd5461c5c-2eb0-48ee-b83b-c8603d31f08a', '21feeb23-c345-4de5-b9a2-08e742820d78',
          '0b6c93e5-bb7c-42e9-8c43-59760ea28744',
        ],
        partial: [
          '41c8ebaf-fc40-494b-af72-e0dbc82491e4', 'ebb77882-27b1-4dad-833b-7921c86f696f', '815bab10-a5df-42b9-98da-467b49bfa55c',
          '242ae145-e413-4ad5-9616-0d49bd64c187', '7da265e5-4826-4b2f-b77c-5850f0ab2f54', '791a357b-e24d-42ee-b5a2-fe63953a492e',
          'cbca6ac6-00cf-4c2d-82f5-07d1645c6dfc', '5955de8a-9f2b-4d62-a505-c11e723ac692', '1da3ec36-1d16-41d1-935f-52b493ef151d',
          'ea3389b6-f00d-47e8-af4d-294911e9d8b9', 'ea4a668e-7e2f-42be-92db-31cb658d6745', 'd49e55b3-d987-4c26-8542-084a59f83a9c',
          '6ffb609e-2237-4aac-ba39-1b8fa3f29e1e', 'b737a766-2b09-4897-9810-0ec8fe3b7c09', 'e5d60db4-3ef0-4964-b625-20e411791444',
          'c9d499ca-6d6d-4a0f-b53e-9cc8bd9c507e', '6cedd6b2-e8c7-450a-b8f5-4569002d4c6d', 'b6dd0924-ff46-4cd3-9764-43f94c35c377',
          'dd7c53a0-3e92-48a6-bc57-8db08461a356', '7ca5b91b-828b-4901-b71d-8121d89a7f12', '2204af73-c033-467f-8dde-96e81c43371e',
        ],
      },
      society: {
        right: [],
        partial: [
          '828f9540-e0b4-47eb-83ab-fb896449f990', '356b8ad6-fd32-4b9b-a959-8d14f2b072f4',
        ],
      },
      workstation: {
        right: [
          'cd857d1b-4fe2-4968-8337-5fc60fbcbcf3',
        ],
        partial: [
          'c4662ffd-f657-47ef-9434-44b0d8bb0791', 'f7f19d4a-68b5-4316-8c59-e4b68a5b9991',
        ],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000088',
    enterpriseId: 'dac286e0-93f8-416d-9a8b-90eeccafbb2b',
    industryCode: 'specialty_agri_processing',
    kind: 'breakthrough',
    title: '冷压胡桃仁油出油率低与哈败',
    problem: '胡桃仁油螺旋冷压出油率只有45%，饼粕残油高；货架期内酸价、过氧化值上升快，出现哈喇味。',
    goals: '出油率≥55%，酸价≤1mg/g，货架期18个月。',
    keywords: ['胡桃仁', '冷压', '哈喇味', '过氧化值'],
    judging: { field: '干果油脂加工与果蔬保鲜', focus: ['核桃', '油脂提取'], related: [] },
    judged: {
      expert: {
        right: [
          '6f5a3ba0-dd4c-4742-863c-5a405de43f07', 'ff7186f1-de1e-4383-90ea-f3cb11d30477', 'b5d1d0c3-a216-4ab1-b7af-b9d6964318a8',
          'ea3389b6-f00d-47e8-af4d-294911e9d8b9', '02ad746f-f843-45ca-b92c-db955a83f976', '692ffd9f-a335-43c5-9210-681a5bc76364',
          'd49e55b3-d987-4c26-8542-084a59f83a9c', '256a7360-13fb-4755-b62b-c6612c463b71', '75b38749-1895-4bee-a7b8-8a9721821e69',
          '528e8ed0-7206-451f-a055-622c3ee84352', '42925a41-4240-49c6-afba-849f0b32684f',
        ],
        partial: [],
      },
      society: {
        right: [],
        partial: [],
      },
      workstation: {
        right: [
          'cd857d1b-4fe2-4968-8337-5fc60fbcbcf3', 'c4662ffd-f657-47ef-9434-44b0d8bb0791',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000089',
    enterpriseId: 'c671db78-3538-4b90-8cd5-351162cfd9c2',
    industryCode: 'specialty_agri_processing',
    kind: 'collaboration',
    title: '冻干苹果脆片能耗高与发黄发暗',
    problem: '冻干苹果片能耗约占成本40%，干燥周期长达22小时；成品发黄发暗，客户要求色泽接近鲜切。',
    goals: '干燥能耗降低25%，色差ΔE≤3。',
    keywords: ['冻干', '苹果脆片', '色泽', '能耗'],
    judging: { field: '干果油脂加工与果蔬保鲜', focus: ['果蔬干制', '褐变控制'], related: [] },
    judged: {
      expert: {
        right: [
          'b5d1d0c3-a216-4ab1-b7af-b9d6964318a8', 'ea3389b6-f00d-47e8-af4d-294911e9d8b9', '02ad746f-f843-45ca-b92c-db955a83f976',
          '692ffd9f-a335-43c5-9210-681a5bc76364', 'd49e55b3-d987-4c26-8542-084a59f83a9c', '256a7360-13fb-4755-b62b-c6612c463b71',
          '75b38749-1895-4bee-a7b8-8a9721821e69', '528e8ed0-7206-451f-a055-622c3ee84352', '42925a41-4240-49c6-afba-849f0b32684f',
        ],
        partial: [
          '6f5a3ba0-dd4c-4742-863c-5a405de43f07', 'ff7186f1-de1e-4383-90ea-f3cb11d30477',
        ],
      },
      society: {
        right: [],
        partial: [],
      },
      workstation: {
        right: [
          'cd857d1b-4fe2-4968-8337-5fc60fbcbcf3', 'c4662ffd-f657-47ef-9434-44b0d8bb0791',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000090',
    enterpriseId: '1087e752-382f-4164-a4fe-88ab8fcf4c0e',
    industryCode: 'specialty_agri_processing',
    kind: 'consulting',
    title: '青皮鲜食果品采后贮运期短',
    problem: '青皮鲜果常温下3天即发黑霉变，冷库贮藏一个月后失水严重，电商发货损耗率15%。',
    goals: '贮藏期延长到3个月，运输损耗率≤3%。',
    keywords: ['鲜果贮藏', '霉变', '失水', '损耗率'],
    judging: { field: '干果油脂加工与果蔬保鲜', focus: ['冷链保鲜'], related: [] },
    judged: {
      expert: {
        right: [
          '6f5a3ba0-dd4c-4742-863c-5a405de43f07', 'ff7186f1-de1e-4383-90ea-f3cb11d30477', 'b5d1d0c3-a216-4ab1-b7af-b9d6964318a8',
          'ea3389b6-f00d-47e8-af4d-294911e9d8b9', '692ffd9f-a335-43c5-9210-681a5bc76364', 'd49e55b3-d987-4c26-8542-084a59f83a9c',
          '256a7360-13fb-4755-b62b-c6612c463b71', '75b38749-1895-4bee-a7b8-8a9721821e69', '528e8ed0-7206-451f-a055-622c3ee84352',
          '42925a41-4240-49c6-afba-849f0b32684f',
        ],
        partial: [
          '02ad746f-f843-45ca-b92c-db955a83f976',
        ],
      },
      society: {
        right: [],
        partial: [],
      },
      workstation: {
        right: [
          'cd857d1b-4fe2-4968-8337-5fc60fbcbcf3', 'c4662ffd-f657-47ef-9434-44b0d8bb0791',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000091',
    enterpriseId: '44449c5f-1165-43b5-9af5-7d5a5e387fac',
    industryCode: 'specialty_agri_processing',
    kind: 'breakthrough',
    title: '香菇出菇后废菌棒饲料化利用',
    problem: '园区年产废菌棒3万吨，焚烧被禁止，露天堆放污染严重；木屑质地粗硬，直接喂牛羊适口性差、消化率低。',
    goals: '废菌棒综合利用率≥90%，饲料产品通过饲喂试验。',
    keywords: ['废菌棒', '适口性', '反刍饲料', '堆放污染'],
    judging: { field: '食用菌深加工与农业废弃物利用', focus: ['菌渣利用', '发酵饲料'], related: [] },
    judged: {
      expert: {
        right: [
          '6f5a3ba0-dd4c-4742-863c-5a405de43f07', '815bab10-a5df-42b9-98da-467b49bfa55c', 'ff7186f1-de1e-4383-90ea-f3cb11d30477',
          '02ad746f-f843-45ca-b92c-db955a83f976', '692ffd9f-a335-43c5-9210-681a5bc76364', '568d27c7-1360-47d9-8746-8f5c4861880e',
          '09bf4390-561e-4611-a8c2-2172841a1fd0', '463a72e7-bad6-4fc4-8cd1-9de58748c528', '528e8ed0-7206-451f-a055-622c3ee84352',
          'beec7999-8cd4-437a-a8e9-292452c69c25', '42925a41-4240-49c6-afba-849f0b32684f',
        ],
        partial: [
          '31df496e-00ba-4ca9-a6a1-fc6f897450bd', '087a8683-ff2a-4e84-965a-9cd15754d33e', 'ba6d45cf-6195-4666-8743-b3aae5fcd97b',
        ],
      },
      society: {
        right: [],
        partial: [],
      },
      workstation: {
        right: [
          'cd857d1b-4fe2-4968-8337-5fc60fbcbcf3', 'c4662ffd-f657-47ef-9434-44b0d8bb0791',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000092',
    enterpriseId: 'fb761215-85e8-47c4-b05c-ec054f9a199f',
    industryCode: 'specialty_agri_processing',
    kind: 'collaboration',
    title: '香菇子实体活性成分高纯度制备',
    problem: '现有香菇提取物纯度只有35%，色素、蛋白杂质多，产品只能作普通食品原料，价格上不去。',
    goals: '提取物纯度≥60%，建成年产10吨生产线。',
    keywords: ['子实体', '提取物纯度', '脱色', '除蛋白'],
    judging: { field: '食用菌深加工与农业废弃物利用', focus: ['多糖提取'], related: [] },
    judged: {
      expert: {
        right: [
          '815bab10-a5df-42b9-98da-467b49bfa55c', 'ff7186f1-de1e-4383-90ea-f3cb11d30477', '02ad746f-f843-45ca-b92c-db955a83f976',
          '568d27c7-1360-47d9-8746-8f5c4861880e', '09bf4390-561e-4611-a8c2-2172841a1fd0', '087a8683-ff2a-4e84-965a-9cd15754d33e',
          '463a72e7-bad6-4fc4-8cd1-9de58748c528', 'ba6d45cf-6195-4666-8743-b3aae5fcd97b',
        ],
        partial: [
          '6f5a3ba0-dd4c-4742-863c-5a405de43f07', '31df496e-00ba-4ca9-a6a1-fc6f897450bd', '692ffd9f-a335-43c5-9210-681a5bc76364',
          '528e8ed0-7206-451f-a055-622c3ee84352', 'beec7999-8cd4-437a-a8e9-292452c69c25', '42925a41-4240-49c6-afba-849f0b32684f',
        ],
      },
      society: {
        right: [],
        partial: [],
      },
      workstation: {
        right: [
          'cd857d1b-4fe2-4968-8337-5fc60fbcbcf3', 'c4662ffd-f657-47ef-9434-44b0d8bb0791',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000093',
    enterpriseId: '00dee4fa-fc1e-43ff-8c0f-ef0e709518eb',
    industryCode: 'energy_saving_environmental',
    kind: 'breakthrough',
    title: '焦炉烟道气低温段氮氧化物去除效率不足',
    problem: '焦炉烟道气温度仅180–220℃，现有钒钛体系催化还原效率不到70%，氨逃逸超过5ppm，催化剂半年即被硫酸氢铵堵塞失活。',
    goals: '出口NOx≤100mg/m³，氨逃逸≤2.5ppm，催化剂寿命≥24000小时。',
    keywords: ['烟道气', '氮氧化物', '氨逃逸', '硫酸氢铵'],
    judging: { field: '工业烟气超低排放与VOCs治理', focus: ['SCR催化剂', '脱硫脱硝'], related: [] },
    judged: {
      expert: {
        right: [
          'dd45002a-90e7-4ad8-bf07-4ed010f74eb8', '499212bd-e316-46e8-bf03-55514355c368', 'de8acbfe-a07f-443b-baa9-85bd21109184',
          'adc8a034-1e11-456e-8137-e3b0c9c63323', 'da071807-893b-4fcf-8456-b038ae318202', '26ed7c62-8f64-4f1b-932b-2479f0850556',
          'bc444700-fad7-45eb-9985-3ce36cdc835b', '9953b444-0619-488d-89c4-63702e462337', 'a48bd43a-da14-4ffe-b07e-6f33d5b11a1c',
          'a263a6dc-efcc-4381-b1c0-54acb85d1c23', '539fd54b-2d63-4f3a-bf54-f20ebec2d2d2',
        ],
        partial: [
          '65988e2e-52e2-43be-b100-2b3c1b3dd115', 'ff6a1d47-60df-4716-a524-8b65346b93c0', 'bc435853-eebd-47ec-be35-6820a54aa04e',
        ],
      },
      society: {
        right: [],
        partial: [
          '828564b2-545e-4937-9f6b-bfec31e28ac0', '27da3c78-e88d-4778-abb6-8292ee2370f2',
        ],
      },
      workstation: {
        right: [
          '442e0006-646d-4fbc-970e-b84e78e4084d', 'e055c862-e6e7-4fea-bf2a-458ee801794b', '5dc16c96-22e4-4753-8c5b-8fc04eba77cd',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000094',
    enterpriseId: '6a24bfb3-a667-4c5a-8da6-8830b321322b',
    industryCode: 'energy_saving_environmental',
    kind: 'breakthrough',
    title: '化产回收区无组织逸散异味整治',
    problem: '焦化厂化产区储罐、装车区苯系物异味明显，厂界监测时有超标，被环保督察点名。',
    goals: '有机废气去除率≥90%，厂界异味投诉清零。',
    keywords: ['苯系物', '无组织逸散', '异味', '储罐呼吸'],
    judging: { field: '工业烟气超低排放与VOCs治理', focus: ['VOCs治理'], related: [] },
    judged: {
      expert: {
        right: [
          'dd45002a-90e7-4ad8-bf07-4ed010f74eb8', 'de8acbfe-a07f-443b-baa9-85bd21109184', 'adc8a034-1e11-456e-8137-e3b0c9c63323',
          'da071807-893b-4fcf-8456-b038ae318202', '65988e2e-52e2-43be-b100-2b3c1b3dd115', '26ed7c62-8f64-4f1b-932b-2479f0850556',
          'bc444700-fad7-45eb-9985-3ce36cdc835b', '9953b444-0619-488d-89c4-63702e462337', 'a48bd43a-da14-4ffe-b07e-6f33d5b11a1c',
          'a263a6dc-efcc-4381-b1c0-54acb85d1c23', '539fd54b-2d63-4f3a-bf54-f20ebec2d2d2',
        ],
        partial: [
          '499212bd-e316-46e8-bf03-55514355c368', 'ff6a1d47-60df-4716-a524-8b65346b93c0', 'bc435853-eebd-47ec-be35-6820a54aa04e',
        ],
      },
      society: {
        right: [],
        partial: [
          '828564b2-545e-4937-9f6b-bfec31e28ac0', '27da3c78-e88d-4778-abb6-8292ee2370f2',
        ],
      },
      workstation: {
        right: [
          '442e0006-646d-4fbc-970e-b84e78e4084d', 'e055c862-e6e7-4fea-bf2a-458ee801794b', '5dc16c96-22e4-4753-8c5b-8fc04eba77cd',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000095',
    enterpriseId: '5c571656-e565-46cd-ba44-57ba17aeb797',
    industryCode: 'energy_saving_environmental',
    kind: 'transfer',
    title: '出焦地面站颗粒物稳定控制在10mg以下',
    problem: '出焦地面站布袋频繁破损，颗粒物排放浓度在15–30mg/m³波动，达不到新标准要求。',
    goals: '颗粒物排放≤10mg/m³，滤袋寿命≥3年。',
    keywords: ['出焦', '布袋破损', '颗粒物', '地面站'],
    judging: { field: '工业烟气超低排放与VOCs治理', focus: ['除尘', '超低排放'], related: [] },
    judged: {
      expert: {
        right: [
          'dd45002a-90e7-4ad8-bf07-4ed010f74eb8', '499212bd-e316-46e8-bf03-55514355c368', 'da071807-893b-4fcf-8456-b038ae318202',
          '65988e2e-52e2-43be-b100-2b3c1b3dd115', 'ff6a1d47-60df-4716-a524-8b65346b93c0', '26ed7c62-8f64-4f1b-932b-2479f0850556',
          'bc444700-fad7-45eb-9985-3ce36cdc835b', 'bc435853-eebd-47ec-be35-6820a54aa04e', '9953b444-0619-488d-89c4-63702e462337',
          'a48bd43a-da14-4ffe-b07e-6f33d5b11a1c', 'a263a6dc-efcc-4381-b1c0-54acb85d1c23', '539fd54b-2d63-4f3a-bf54-f20ebec2d2d2',
        ],
        partial: [
          'de8acbfe-a07f-443b-baa9-85bd21109184', 'adc8a034-1e11-456e-8137-e3b0c9c63323',
        ],
      },
      society: {
        right: [],
        partial: [
          '828564b2-545e-4937-9f6b-bfec31e28ac0', '27da3c78-e88d-4778-abb6-8292ee2370f2',
        ],
      },
      workstation: {
        right: [
          '442e0006-646d-4fbc-970e-b84e78e4084d', 'e055c862-e6e7-4fea-bf2a-458ee801794b', '5dc16c96-22e4-4753-8c5b-8fc04eba77cd',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000096',
    enterpriseId: '00dee4fa-fc1e-43ff-8c0f-ef0e709518eb',
    industryCode: 'energy_saving_environmental',
    kind: 'breakthrough',
    title: '荒煤气上升管显热及低温烟气发电利用',
    problem: '焦炉上升管荒煤气800℃左右的显热被循环氨水直接冷却浪费，150℃以下烟气直排，想利用低沸点工质发电。',
    goals: '回收率≥60%，年节约标准煤1万吨，投资回收期≤4年。',
    keywords: ['荒煤气显热', '低沸点工质', '发电', '上升管'],
    judging: { field: '工业余热利用与系统节能', focus: ['有机朗肯循环', '余热回收'], related: [] },
    judged: {
      expert: {
        right: [
          'dd45002a-90e7-4ad8-bf07-4ed010f74eb8', 'fe65e4e5-c20a-40e2-9383-7a25980d39da', '499212bd-e316-46e8-bf03-55514355c368',
          '762e2c9e-da1e-47f4-81b7-562d2bb9794c', 'f881548c-e7f3-44f3-ba03-348fac4f4cb5', 'bef53a50-aa3b-4741-b132-f0c2ff6f42fe',
          '4976732f-e55e-41f5-bcc0-143ff623bb35', 'bfc6d66a-f43b-4696-98be-5a4c1257926d', '3336f926-417c-45fa-9ad4-bfef4db6b78e',
          'bc444700-fad7-45eb-9985-3ce36cdc835b', '2d07f1fa-39f3-427a-a92b-8651918fd656',
        ],
        partial: [
          'f68ef0f4-c530-4b0a-998a-0cc34e8dba7b', 'f58fc8ff-a230-44f8-a0d8-d05924fa18a8', 'adc8a034-1e11-456e-8137-e3b0c9c63323',
        ],
      },
      society: {
        right: [],
        partial: [
          'f226c6f5-1c4c-43e3-ad0a-a904358ef621',
        ],
      },
      workstation: {
        right: [
          '442e0006-646d-4fbc-970e-b84e78e4084d', 'e055c862-e6e7-4fea-bf2a-458ee801794b', '5dc16c96-22e4-4753-8c5b-8fc04eba77cd',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000097',
    enterpriseId: '6a24bfb3-a667-4c5a-8da6-8830b321322b',
    industryCode: 'energy_saving_environmental',
    kind: 'collaboration',
    title: '循环冷却水低品位热量冬季供暖利用',
    problem: '厂区循环水32℃直接上塔散热，冬季办公区和宿舍燃气供暖费用每年200多万元。',
    goals: '替代燃气供暖，年节约费用150万元，投资回收期≤4年。',
    keywords: ['循环冷却水', '低品位热', '冬季供暖', '燃气费用'],
    judging: { field: '工业余热利用与系统节能', focus: ['热泵'], related: [] },
    judged: {
      expert: {
        right: [
          'dd45002a-90e7-4ad8-bf07-4ed010f74eb8', 'f68ef0f4-c530-4b0a-998a-0cc34e8dba7b', 'fe65e4e5-c20a-40e2-9383-7a25980d39da',
          '499212bd-e316-46e8-bf03-55514355c368', '762e2c9e-da1e-47f4-81b7-562d2bb9794c', 'f58fc8ff-a230-44f8-a0d8-d05924fa18a8',
          'f881548c-e7f3-44f3-ba03-348fac4f4cb5', 'bef53a50-aa3b-4741-b132-f0c2ff6f42fe', '4976732f-e55e-41f5-bcc0-143ff623bb35',
          '3336f926-417c-45fa-9ad4-bfef4db6b78e', 'bc444700-fad7-45eb-9985-3ce36cdc835b', '2d07f1fa-39f3-427a-a92b-8651918fd656',
        ],
        partial: [
          'adc8a034-1e11-456e-8137-e3b0c9c63323', 'bfc6d66a-f43b-4696-98be-5a4c1257926d',
        ],
      },
      society: {
        right: [],
        partial: [
          'f226c6f5-1c4c-43e3-ad0a-a904358ef621',
        ],
      },
      workstation: {
        right: [
          '442e0006-646d-4fbc-970e-b84e78e4084d', 'e055c862-e6e7-4fea-bf2a-458ee801794b', '5dc16c96-22e4-4753-8c5b-8fc04eba77cd',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000098',
    enterpriseId: '5c571656-e565-46cd-ba44-57ba17aeb797',
    industryCode: 'energy_saving_environmental',
    kind: 'consulting',
    title: '全厂能源审计与节能潜力诊断',
    problem: '公司被列入重点用能单位，需要完成能源审计；能源计量器具配备不全，各工序能耗底数不清。',
    goals: '完成能源审计报告，提出节能项目清单，综合能耗下降8%。',
    keywords: ['能源审计', '重点用能单位', '计量器具', '节能潜力'],
    judging: { field: '工业余热利用与系统节能', focus: ['能效诊断', '节能改造'], related: [] },
    judged: {
      expert: {
        right: [
          'f68ef0f4-c530-4b0a-998a-0cc34e8dba7b', 'fe65e4e5-c20a-40e2-9383-7a25980d39da', '499212bd-e316-46e8-bf03-55514355c368',
          '762e2c9e-da1e-47f4-81b7-562d2bb9794c', 'f58fc8ff-a230-44f8-a0d8-d05924fa18a8', 'f881548c-e7f3-44f3-ba03-348fac4f4cb5',
          'adc8a034-1e11-456e-8137-e3b0c9c63323', 'bef53a50-aa3b-4741-b132-f0c2ff6f42fe', '4976732f-e55e-41f5-bcc0-143ff623bb35',
          'bfc6d66a-f43b-4696-98be-5a4c1257926d', '3336f926-417c-45fa-9ad4-bfef4db6b78e', 'bc444700-fad7-45eb-9985-3ce36cdc835b',
          '2d07f1fa-39f3-427a-a92b-8651918fd656',
        ],
        partial: [
          'dd45002a-90e7-4ad8-bf07-4ed010f74eb8',
        ],
      },
      society: {
        right: [],
        partial: [
          'f226c6f5-1c4c-43e3-ad0a-a904358ef621',
        ],
      },
      workstation: {
        right: [
          '442e0006-646d-4fbc-970e-b84e78e4084d', 'e055c862-e6e7-4fea-bf2a-458ee801794b', '5dc16c96-22e4-4753-8c5b-8fc04eba77cd',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000099',
    enterpriseId: '00dee4fa-fc1e-43ff-8c0f-ef0e709518eb',
    industryCode: 'energy_saving_environmental',
    kind: 'breakthrough',
    title: '塌陷坑治理后复垦土地种草成活率低',
    problem: '采空塌陷治理区回填土贫瘠、保水差，撒播苜蓿成活率不到50%，雨季水土流失严重。',
    goals: '成活率≥90%，覆盖率≥85%，成本降低20%。',
    keywords: ['塌陷治理', '回填土', '保水', '成活率'],
    judging: { field: '矿山生态修复与土壤污染治理', focus: ['采煤沉陷区', '植被恢复', '矿山生态修复'], related: [] },
    judged: {
      expert: {
        right: [
          'dd1905a0-ecf1-40f4-8f53-ed9f55e13166', 'fe65e4e5-c20a-40e2-9383-7a25980d39da', 'de8acbfe-a07f-443b-baa9-85bd21109184',
          '7710d7c7-da41-4cf1-aed9-002138d7876d', '89d2090f-0d16-4336-b80e-abc4c93e875c', 'adc8a034-1e11-456e-8137-e3b0c9c63323',
          '0c4c3fda-1aaa-4db5-92bd-0d8cbd49ef32', 'bfc6d66a-f43b-4696-98be-5a4c1257926d', '84a09d29-fdb4-4977-85b8-cd34f2a86324',
          'ff6a1d47-60df-4716-a524-8b65346b93c0', '4f6d9615-377c-4da2-b852-cb516b9f16c5', '2d07f1fa-39f3-427a-a92b-8651918fd656',
          'a263a6dc-efcc-4381-b1c0-54acb85d1c23',
        ],
        partial: [
          '815f5cbd-13b3-45aa-89fb-5f0bfd955d7f',
        ],
      },
      society: {
        right: [],
        partial: [
          '828564b2-545e-4937-9f6b-bfec31e28ac0', '27da3c78-e88d-4778-abb6-8292ee2370f2',
        ],
      },
      workstation: {
        right: [
          '442e0006-646d-4fbc-970e-b84e78e4084d', 'e055c862-e6e7-4fea-bf2a-458ee801794b', '5dc16c96-22e4-4753-8c5b-8fc04eba77cd',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000100',
    enterpriseId: '6a24bfb3-a667-4c5a-8da6-8830b321322b',
    industryCode: 'energy_saving_environmental',
    kind: 'consulting',
    title: '关停焦化厂原址污染场地治理方案',
    problem: '老焦化厂原址拟转为商住用地，检测发现苯并芘、砷超标，修复费用预算高，政府要求两年内完成。',
    goals: '提出修复技术方案，修复后达到第一类用地标准，成本降低20%。',
    keywords: ['老厂原址', '苯并芘', '砷', '污染场地'],
    judging: { field: '矿山生态修复与土壤污染治理', focus: ['土壤修复', '重金属'], related: [] },
    judged: {
      expert: {
        right: [
          'fe65e4e5-c20a-40e2-9383-7a25980d39da', 'de8acbfe-a07f-443b-baa9-85bd21109184', '7710d7c7-da41-4cf1-aed9-002138d7876d',
          '89d2090f-0d16-4336-b80e-abc4c93e875c', 'adc8a034-1e11-456e-8137-e3b0c9c63323', '0c4c3fda-1aaa-4db5-92bd-0d8cbd49ef32',
          'bfc6d66a-f43b-4696-98be-5a4c1257926d', '815f5cbd-13b3-45aa-89fb-5f0bfd955d7f', '84a09d29-fdb4-4977-85b8-cd34f2a86324',
          'ff6a1d47-60df-4716-a524-8b65346b93c0', '2d07f1fa-39f3-427a-a92b-8651918fd656', 'a263a6dc-efcc-4381-b1c0-54acb85d1c23',
        ],
        partial: [
          '4f6d9615-377c-4da2-b852-cb516b9f16c5',
        ],
      },
      society: {
        right: [],
        partial: [
          '828564b2-545e-4937-9f6b-bfec31e28ac0', '27da3c78-e88d-4778-abb6-8292ee2370f2',
        ],
      },
      workstation: {
        right: [
          '442e0006-646d-4fbc-970e-b84e78e4084d', 'e055c862-e6e7-4fea-bf2a-458ee801794b', '5dc16c96-22e4-4753-8c5b-8fc04eba77cd',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000101',
    enterpriseId: '5c571656-e565-46cd-ba44-57ba17aeb797',
    industryCode: 'energy_saving_environmental',
    kind: 'breakthrough',
    title: '高矿化度矿井涌水处理后井下与电厂补水利用',
    problem: '矿井涌水含盐约3000mg/L，直接外排不达标；试用的反渗透装置浓水量大、结垢快。',
    goals: '回用率≥85%，吨水成本≤3元，浓水减量50%。',
    keywords: ['矿井涌水', '含盐量', '浓水', '补水'],
    judging: { field: '工业水处理与矿井水资源化', focus: ['膜分离', '中水回用'], related: [] },
    judged: {
      expert: {
        right: [
          'e847a73c-14e6-4ab2-bd7e-8e1ba315f69c', '528a1ae8-deb5-4590-97ec-9438fa47458a', 'e7804e6a-4d50-428c-8a96-6c58267fe480',
          '2c2296d1-6d51-492d-be8c-0638885ead13', 'bef53a50-aa3b-4741-b132-f0c2ff6f42fe', 'b737a766-2b09-4897-9810-0ec8fe3b7c09',
          '0c4c3fda-1aaa-4db5-92bd-0d8cbd49ef32', 'bfc6d66a-f43b-4696-98be-5a4c1257926d', '815f5cbd-13b3-45aa-89fb-5f0bfd955d7f',
          '3336f926-417c-45fa-9ad4-bfef4db6b78e', '9953b444-0619-488d-89c4-63702e462337',
        ],
        partial: [
          'ff51d973-31ae-43b8-b6bf-662c9fb6269e', 'da071807-893b-4fcf-8456-b038ae318202',
        ],
      },
      society: {
        right: [],
        partial: [
          '828564b2-545e-4937-9f6b-bfec31e28ac0', '27da3c78-e88d-4778-abb6-8292ee2370f2',
        ],
      },
      workstation: {
        right: [
          'e055c862-e6e7-4fea-bf2a-458ee801794b', '5dc16c96-22e4-4753-8c5b-8fc04eba77cd',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000102',
    enterpriseId: '00dee4fa-fc1e-43ff-8c0f-ef0e709518eb',
    industryCode: 'energy_saving_environmental',
    kind: 'collaboration',
    title: '循环冷却系统结垢腐蚀与排污量大',
    problem: '循环冷却水浓缩倍数只有2.5，排污水量大；换热器结垢严重，夏季真空度下降影响产量。',
    goals: '浓缩倍数提高到5倍，排污量减少50%，采用无磷药剂。',
    keywords: ['浓缩倍数', '结垢', '排污', '无磷药剂'],
    judging: { field: '工业水处理与矿井水资源化', focus: ['循环水处理'], related: [] },
    judged: {
      expert: {
        right: [
          'e847a73c-14e6-4ab2-bd7e-8e1ba315f69c', 'ff51d973-31ae-43b8-b6bf-662c9fb6269e', 'e7804e6a-4d50-428c-8a96-6c58267fe480',
          '2c2296d1-6d51-492d-be8c-0638885ead13', 'da071807-893b-4fcf-8456-b038ae318202', 'bef53a50-aa3b-4741-b132-f0c2ff6f42fe',
          '0c4c3fda-1aaa-4db5-92bd-0d8cbd49ef32', 'bfc6d66a-f43b-4696-98be-5a4c1257926d', '3336f926-417c-45fa-9ad4-bfef4db6b78e',
          '9953b444-0619-488d-89c4-63702e462337',
        ],
        partial: [
          '528a1ae8-deb5-4590-97ec-9438fa47458a', 'b737a766-2b09-4897-9810-0ec8fe3b7c09', '815f5cbd-13b3-45aa-89fb-5f0bfd955d7f',
        ],
      },
      society: {
        right: [],
        partial: [
          '828564b2-545e-4937-9f6b-bfec31e28ac0', '27da3c78-e88d-4778-abb6-8292ee2370f2',
        ],
      },
      workstation: {
        right: [
          'e055c862-e6e7-4fea-bf2a-458ee801794b', '5dc16c96-22e4-4753-8c5b-8fc04eba77cd',
        ],
        partial: [],
      },
    },
  },
  {
    id: 'e7a1e000-0000-4000-8000-000000000103',
    enterpriseId: '6a24bfb3-a667-4c5a-8da6-8830b321322b',
    industryCode: 'energy_saving_environmental',
    kind: 'breakthrough',
    title: '焦化生化出水难降解有机物深度处理',
    problem: '生化出水COD仍有150mg/L，色度高，需要深度处理到50mg/L以下；生化剩余污泥量大，处置成本高。',
    goals: 'COD≤50mg/L，污泥减量40%，吨水成本≤3元。',
    keywords: ['生化出水', '难降解', '色度', '剩余污泥'],
    judging: { field: '工业水处理与矿井水资源化', focus: ['高级氧化', '污泥减量'], related: [{ field: '煤化工废水处理与资源化', focus: ['煤气化废水'] }] },
    judged: {
      expert: {
        right: [
          'e847a73c-14e6-4ab2-bd7e-8e1ba315f69c', 'ff51d973-31ae-43b8-b6bf-662c9fb6269e', '528a1ae8-deb5-4590-97ec-9438fa47458a',
          '2c2296d1-6d51-492d-be8c-0638885ead13', 'da071807-893b-4fcf-8456-b038ae318202', 'bef53a50-aa3b-4741-b132-f0c2ff6f42fe',
          'b737a766-2b09-4897-9810-0ec8fe3b7c09', '0c4c3fda-1aaa-4db5-92bd-0d8cbd49ef32', '815f5cbd-13b3-45aa-89fb-5f0bfd955d7f',
          '3336f926-417c-45fa-9ad4-bfef4db6b78e', '9953b444-0619-488d-89c4-63702e462337',
        ],
        partial: [
          '955fdb58-4d1a-42f6-ae5a-9a570547f121', 'fc0e4fbd-a3a0-464d-9857-1e583c20eda9', '5b0f8dcd-20fa-42ea-8c5a-7cc31af17b57',
          '847d1987-02cf-4540-a5ab-3a3149b2118c', 'c2bb1d28-cf15-48d8-a244-d194a7c04b5c', 'e7804e6a-4d50-428c-8a96-6c58267fe480',
          '127d60a8-e006-42f5-8e7a-15d17c13dec2', 'bfc6d66a-f43b-4696-98be-5a4c1257926d', '5e0e70f4-7a89-4a9a-89f1-8ba08e939712',
          'ad6c3bcc-66d9-4bb3-93bb-e54fb9b2d896', 'ed452a81-d86a-4871-baea-7bdc6460cd65', '1e85b9f0-658b-4a60-b896-527a63c42676',
        ],
      },
      society: {
        right: [],
        partial: [
          '828564b2-545e-4937-9f6b-bfec31e28ac0', '27da3c78-e88d-4778-abb6-8292ee2370f2',
        ],
      },
      workstation: {
        right: [
          'e055c862-e6e7-4fea-bf2a-458ee801794b', '5dc16c96-22e4-4753-8c5b-8fc04eba77cd',
        ],
        partial: [
          'e5f0d67a-fb7c-4f5f-a175-d1cef508093f',
        ],
      },
    },
  },
]

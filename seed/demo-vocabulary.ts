import { type NeedKind, needKinds } from '../src/modules/needs/model.js'

/**
 * The words the demo generator draws from: industries with their technical topics, organisations,
 * societies, name characters and text templates. Experts are described with a topic's `field` and
 * `expertKeywords`; needs with its `aims`, `objects`, `needKeywords`, `issues` and `metrics`, so a
 * need and the experts who fit it share a subject without sharing their exact wording.
 */

export interface Topic {
  /** 研究方向, as an expert states it. */
  field: string
  /** 学科 */
  discipline: string
  expertKeywords: string[]
  /** Short cores of need titles. */
  aims: string[]
  /** The plant, process or product line a need is about. */
  objects: string[]
  needKeywords: string[]
  /** 技术难题 phrases. */
  issues: string[]
  /** 技术目标 phrases, with numbers. */
  metrics: string[]
  /** New products an enterprise might develop. */
  products: string[]
}

export interface IndustryVocabulary {
  code: string
  name: string
  description: string
  /**
   * Lines of business: `noun` is the middle of an enterprise name (山西瑞晟{noun}有限公司),
   * `business` its 主营, `topics` the indexes of the topics its needs are mostly about.
   */
  lines: Array<{ noun: string; business: string; topics: number[] }>
  /** Journals for paper achievements. */
  journals: string[]
  topics: Topic[]
}

export const industries: IndustryVocabulary[] = [
  {
    code: 'new_materials',
    name: '新材料',
    description: '碳基材料、先进陶瓷、第三代半导体与复合材料等新材料产业链',
    lines: [
      { noun: '新材料科技', business: '碳纤维复合材料构件', topics: [0] },
      { noun: '碳材料', business: '煤系针状焦与锂电负极材料', topics: [3] },
      { noun: '半导体材料', business: 'LED外延片与芯片', topics: [2] },
      { noun: '光电材料', business: '紫外LED器件与模组', topics: [2] },
      { noun: '先进陶瓷', business: '高性能陶瓷粉体与基板', topics: [1] },
      { noun: '新材料', business: '碳基新材料与复合材料', topics: [0, 3] },
    ],
    journals: ['材料导报', '新型炭材料', '无机材料学报', '复合材料学报', '发光学报'],
    topics: [
      {
        field: '碳纤维增强树脂基复合材料',
        discipline: '材料科学与工程',
        expertKeywords: ['碳纤维', '复合材料', '预浸料', '树脂基体', '界面改性', '热压罐成型'],
        aims: ['碳纤维复合材料构件轻量化', '预浸料树脂体系国产化替代'],
        objects: ['碳纤维增强结构件生产线', '复合材料模压成型工艺'],
        needKeywords: ['轻量化构件', '纤维与树脂结合', '成型缺陷控制', '模压工艺'],
        issues: ['层间剪切强度偏低', '固化后孔隙率超过2%', '构件翘曲变形大', '关键原材料依赖进口'],
        metrics: ['层间剪切强度≥90MPa', '孔隙率≤1%', '成型周期缩短30%', '单件成本下降20%'],
        products: ['碳纤维复合材料电池箱体', '复合材料光伏边框'],
      },
      {
        field: '先进结构陶瓷与功能粉体',
        discipline: '材料科学与工程',
        expertKeywords: ['氮化硅陶瓷', '粉体制备', '气压烧结', '陶瓷基板', '导热材料'],
        aims: ['氮化硅陶瓷基板烧结工艺优化', '高纯氧化铝粉体制备'],
        objects: ['陶瓷基板烧结炉', '超细粉体分级生产线'],
        needKeywords: ['散热基板', '致密化', '粉体团聚', '批次一致性'],
        issues: ['烧结致密度不足', '热导率波动大', '粉体团聚严重', '批次间性能差异明显'],
        metrics: ['热导率≥80W/(m·K)', '抗弯强度≥700MPa', '粒径D50控制在0.5±0.05μm', '良品率提升至95%以上'],
        products: ['高导热氮化硅陶瓷基板', '电子级球形氧化铝粉'],
      },
      {
        field: '宽禁带半导体外延与发光器件',
        discipline: '电子科学与技术',
        expertKeywords: ['氮化镓', '外延生长', 'MOCVD', '深紫外LED', '缺陷密度'],
        aims: ['深紫外LED外延片发光效率提升', '氮化镓外延缺陷控制'],
        objects: ['MOCVD外延生产线', '紫外LED芯片封装线'],
        needKeywords: ['紫外消杀光源', '外延片良率', '光衰', '芯片亮度'],
        issues: ['外延片位错密度高', '发光效率低于同行水平', '波长均匀性差', '芯片光衰快'],
        metrics: ['位错密度降至5×10⁸cm⁻²以下', '外量子效率≥5%', '波长标准差≤1.5nm', '1000小时光衰≤10%'],
        products: ['275nm深紫外LED消杀模组', 'Micro LED显示外延片'],
      },
      {
        field: '煤基炭材料与锂电负极',
        discipline: '化学工程与技术',
        expertKeywords: ['针状焦', '负极材料', '石墨化', '沥青基炭材料', '中间相'],
        aims: ['煤系针状焦品质提升', '人造石墨负极石墨化降本'],
        objects: ['针状焦延迟焦化装置', '负极材料石墨化炉'],
        needKeywords: ['锂电池负极', '热膨胀系数', '首次效率', '石墨化电耗'],
        issues: ['针状焦热膨胀系数偏高', '石墨化工序能耗高', '首次库伦效率偏低', '灰分含量波动大'],
        metrics: ['热膨胀系数≤1.2×10⁻⁶/℃', '首次效率≥93%', '石墨化电耗降低15%', '灰分≤0.1%'],
        products: ['高端人造石墨负极材料', '超高功率电极用针状焦'],
      },
    ],
  },
  {
    code: 'high_end_equipment',
    name: '高端装备制造',
    description: '煤机装备、精密传动、智能制造产线与新能源专用车等装备制造产业链',
    lines: [
      { noun: '煤机装备', business: '综采液压支架与电液控制系统', topics: [0] },
      { noun: '重工机械', business: '采煤机与掘进装备', topics: [0, 1] },
      { noun: '精密传动', business: '重载齿轮箱与精密减速器', topics: [1] },
      { noun: '智能装备', business: '焊接机器人与智能产线集成', topics: [2] },
      { noun: '汽车零部件', business: '新能源专用车电驱系统', topics: [3] },
      { noun: '专用汽车', business: '纯电动环卫与物流专用车', topics: [3] },
    ],
    journals: ['机械工程学报', '煤炭学报', '中国机械工程', '机器人', '汽车工程'],
    topics: [
      {
        field: '煤矿智能化综采装备',
        discipline: '机械工程',
        expertKeywords: ['液压支架', '采煤机', '电液控制', '智能化工作面', '故障诊断'],
        aims: ['液压支架电液控制系统可靠性提升', '采煤机截割部寿命提升'],
        objects: ['综采工作面成套装备', '电液控制阀组装配线'],
        needKeywords: ['综采设备', '跟机自动化', '阀组故障', '国产化替代'],
        issues: ['电液控制阀组故障率高', '截割部齿轮早期失效', '工作面跟机自动化率低', '关键部件依赖进口'],
        metrics: ['平均无故障时间≥3000小时', '跟机自动化率≥90%', '关键部件国产化率达到95%', '维修成本降低25%'],
        products: ['矿用本安型电液控制器', '采煤机远程监控终端'],
      },
      {
        field: '重载齿轮传动与轴承技术',
        discipline: '机械工程',
        expertKeywords: ['齿轮传动', '轴承寿命', '渗碳热处理', '表面强化', '振动噪声'],
        aims: ['重载齿轮箱振动噪声控制', '风电轴承热处理工艺优化'],
        objects: ['重载齿轮箱', '轴承套圈热处理线'],
        needKeywords: ['减速机噪声', '渗碳层', '疲劳寿命', '加工精度'],
        issues: ['齿轮箱噪声超过85dB', '渗碳层深度不均匀', '轴承疲劳寿命不达标', '加工精度保持性差'],
        metrics: ['噪声降至78dB以下', '齿面硬度HRC58–62且层深偏差≤0.1mm', 'L10寿命提高50%', '精度达到GB/T 10095 5级'],
        products: ['RV精密减速器', '风电主轴轴承'],
      },
      {
        field: '工业机器人与智能制造系统',
        discipline: '控制科学与工程',
        expertKeywords: ['工业机器人', '机器视觉', '数字孪生', '柔性制造', '运动控制'],
        aims: ['焊接机器人视觉引导', '装配产线数字孪生建设'],
        objects: ['结构件焊接产线', '总装生产线'],
        needKeywords: ['焊缝跟踪', '产线换型', '设备联网', '自动检测'],
        issues: ['焊缝跟踪精度不足', '换型调整时间长', '设备数据形成孤岛', '人工检测漏检率高'],
        metrics: ['焊缝跟踪精度±0.2mm', '换型时间缩短至30分钟以内', '设备联网率100%', '漏检率低于0.5%'],
        products: ['智能焊接工作站', 'AGV物流调度系统'],
      },
      {
        field: '新能源汽车电驱动与热管理',
        discipline: '车辆工程',
        expertKeywords: ['电驱动系统', '电机控制器', '整车轻量化', '热管理', 'NVH'],
        aims: ['纯电动专用车电驱系统匹配', '动力电池热管理优化'],
        objects: ['纯电动专用车底盘', '电驱桥试验台'],
        needKeywords: ['电动专用车', '低温续航', '整车减重', '电机啸叫'],
        issues: ['电驱系统效率偏低', '冬季续航衰减超过40%', '整备质量偏大', '电机高速啸叫'],
        metrics: ['电驱系统综合效率≥90%', '低温续航衰减≤25%', '整车减重8%', '车内噪声降低3dB(A)'],
        products: ['纯电动环卫专用车', '集成式电驱桥'],
      },
    ],
  },
  {
    code: 'modern_coal_chemical',
    name: '现代煤化工',
    description: '煤气化、煤焦油深加工、合成气转化与焦炉煤气综合利用等煤化工产业链',
    lines: [
      { noun: '焦化', business: '焦炭及焦炉煤气综合利用', topics: [3, 0] },
      { noun: '煤化工', business: '煤气化制合成氨与甲醇', topics: [0, 2] },
      { noun: '精细化工', business: '煤焦油深加工及精细化学品', topics: [1] },
      { noun: '煤基新材料', business: '费托合成蜡与煤基化学品', topics: [2] },
      { noun: '化工', business: '焦炉煤气制液化天然气与化工产品', topics: [3] },
    ],
    journals: ['化工学报', '燃料化学学报', '煤炭转化', '化工进展', '洁净煤技术'],
    topics: [
      {
        field: '煤化工废水处理与资源化',
        discipline: '环境科学与工程',
        expertKeywords: ['煤气化废水', '酚氨回收', '高盐废水', '零排放', '膜浓缩'],
        aims: ['气化废水酚氨回收工艺优化', '高盐废水分盐结晶'],
        objects: ['酚氨回收装置', '浓盐水蒸发结晶系统'],
        needKeywords: ['含酚废水', '萃取脱酚', '杂盐处置', '废水回用'],
        issues: ['萃取塔乳化严重', '总酚回收率不足85%', '杂盐产量大且难以处置', '膜系统污堵频繁'],
        metrics: ['总酚回收率≥95%', '结晶盐满足工业盐标准', '膜清洗周期延长至60天以上', '吨水处理成本下降20%'],
        products: ['粗酚精制产品', '废水回用专用阻垢剂'],
      },
      {
        field: '煤焦油加氢与煤基精细化学品',
        discipline: '化学工程与技术',
        expertKeywords: ['煤焦油加氢', '加氢催化剂', '精细化学品', '芳烃分离', '沥青改质'],
        aims: ['中低温煤焦油加氢催化剂国产化', '煤焦油芳烃高值化分离'],
        objects: ['煤焦油加氢装置', '洗油精馏装置'],
        needKeywords: ['焦油深加工', '催化剂寿命', '硫氮脱除', '高附加值产品'],
        issues: ['加氢催化剂失活快', '床层压降上升过快', '产品硫氮含量超标', '芳烃分离收率低'],
        metrics: ['催化剂单周期运行≥8000小时', '产品硫含量≤10ppm', '芳烃收率提高8个百分点', '装置能耗降低10%'],
        products: ['高纯咔唑', '煤基特种溶剂油'],
      },
      {
        field: '合成气转化与费托合成',
        discipline: '化学工程与技术',
        expertKeywords: ['费托合成', '合成气', '钴基催化剂', '浆态床', '碳一化学'],
        aims: ['费托合成蜡高值化利用', '合成气制低碳醇催化剂开发'],
        objects: ['浆态床费托合成反应器', '合成气净化单元'],
        needKeywords: ['煤制油', '产品选择性', '催化剂磨损', '反应器移热'],
        issues: ['重质蜡选择性偏低', '催化剂磨损严重', '反应热移出困难', '副产甲烷偏高'],
        metrics: ['C5+选择性≥88%', '甲烷选择性≤5%', '催化剂月磨损率≤0.5%', '费托蜡产品附加值提升30%'],
        products: ['高熔点费托蜡', '煤基合成润滑油基础油'],
      },
      {
        field: '焦炉煤气利用与二氧化碳捕集',
        discipline: '化学工程与技术',
        expertKeywords: ['焦炉煤气', '甲烷化', 'CO2捕集', '碳减排', '精脱硫'],
        aims: ['焦炉煤气制LNG工艺优化', '烟气二氧化碳捕集与利用'],
        objects: ['焦炉煤气制LNG装置', '胺法碳捕集装置'],
        needKeywords: ['荒煤气净化', '碳排放', '吸收剂再生', '液化天然气'],
        issues: ['精脱硫精度不足', '甲烷化催化剂中毒', '捕集能耗高', '再生塔腐蚀'],
        metrics: ['总硫≤0.1ppm', '捕集能耗≤2.5GJ/t CO2', '碳捕集率≥90%', '年减排二氧化碳10万吨'],
        products: ['食品级液体二氧化碳', '焦炉煤气制液化天然气'],
      },
    ],
  },
  {
    code: 'photovoltaic_new_energy',
    name: '光伏与新能源',
    description: '高效光伏电池组件、硅材料、电化学储能与电站智能运维等新能源产业链',
    lines: [
      { noun: '光伏科技', business: '高效光伏电池与组件', topics: [0] },
      { noun: '硅业', business: '单晶硅棒与硅片', topics: [3] },
      { noun: '储能科技', business: '工商业储能系统集成', topics: [1] },
      { noun: '新能源', business: '分布式光伏电站建设运维', topics: [2] },
      { noun: '能源科技', business: '光储一体化解决方案', topics: [1, 2] },
    ],
    journals: ['太阳能学报', '储能科学与技术', '电力系统自动化', '人工晶体学报', '电源技术'],
    topics: [
      {
        field: '高效晶硅太阳电池',
        discipline: '电子科学与技术',
        expertKeywords: ['TOPCon', '异质结', '钝化接触', '光电转换效率', '金属化'],
        aims: ['TOPCon电池量产效率提升', '异质结电池银浆降耗'],
        objects: ['TOPCon电池生产线', '组件层压工序'],
        needKeywords: ['电池片效率', '银浆耗量', '隧穿氧化层', 'EL不良'],
        issues: ['量产效率低于行业平均0.3个百分点', '银浆单耗偏高', '隧穿氧化层均匀性差', 'EL黑斑不良率高'],
        metrics: ['量产效率≥25.8%', '银浆单耗降低20%', '不良率降至0.8%以下', '双面率≥85%'],
        products: ['无主栅光伏组件', '双面双玻光伏组件'],
      },
      {
        field: '电化学储能系统集成',
        discipline: '电气工程',
        expertKeywords: ['储能电池', '电池管理系统', '热失控', '钠离子电池', '能量管理'],
        aims: ['工商业储能系统热管理', '钠离子电池正极材料开发'],
        objects: ['储能电池舱', '储能变流与能量管理系统'],
        needKeywords: ['储能安全', 'SOC估算', '循环寿命', '电芯温差'],
        issues: ['电芯温差超过5℃', 'SOC估算误差大', '循环寿命不足4000次', '热失控预警滞后'],
        metrics: ['电芯温差≤3℃', 'SOC估算误差≤3%', '循环寿命≥6000次', '热失控提前预警≥10分钟'],
        products: ['液冷储能一体柜', '钠离子电池储能模组'],
      },
      {
        field: '光伏电站智能运维与功率预测',
        discipline: '电气工程',
        expertKeywords: ['光伏运维', '无人机巡检', '热斑检测', '功率预测', '组件清洗'],
        aims: ['光伏电站无人机智能巡检', '分布式光伏功率预测'],
        objects: ['山地光伏电站', '分布式屋顶光伏集群'],
        needKeywords: ['电站巡检', '发电量损失', '出力预测', '运维成本'],
        issues: ['热斑识别依靠人工', '组件积灰造成发电损失', '功率预测偏差大', '运维成本居高不下'],
        metrics: ['缺陷识别准确率≥95%', '发电量提升3%', '短期功率预测准确率≥90%', '运维成本下降30%'],
        products: ['光伏清洗机器人', '电站智能运维平台'],
      },
      {
        field: '单晶硅生长与硅材料提纯',
        discipline: '材料科学与工程',
        expertKeywords: ['多晶硅', '冶金法提纯', '直拉单晶', '少子寿命', '杂质控制'],
        aims: ['单晶硅棒拉制成晶率提升', '冶金级硅提纯降本'],
        objects: ['单晶炉', '工业硅精炼炉'],
        needKeywords: ['硅棒良率', '氧含量', '石英坩埚', '硼磷杂质'],
        issues: ['单晶成晶率偏低', '氧含量偏高', '坩埚使用寿命短', '硼磷杂质去除困难'],
        metrics: ['成晶率≥90%', '间隙氧≤12ppma', '坩埚使用寿命延长至400小时', '纯度达到6N'],
        products: ['N型单晶硅棒', '高纯石英坩埚'],
      },
    ],
  },
  {
    code: 'hydrogen',
    name: '氢能',
    description: '工业副产氢提纯、可再生能源制氢、储运加注与燃料电池应用等氢能产业链',
    lines: [
      { noun: '氢能科技', business: '电解水制氢装备', topics: [0] },
      { noun: '气体', business: '焦炉煤气副产氢提纯与工业气体', topics: [1] },
      { noun: '氢能源', business: '高压储氢与加氢站建设运营', topics: [2] },
      { noun: '燃料电池', business: '燃料电池系统与氢能重卡', topics: [3] },
    ],
    journals: ['化工学报', '太阳能学报', '储能科学与技术', '电化学', '低温与特气'],
    topics: [
      {
        field: '电解水制氢技术与装备',
        discipline: '化学工程与技术',
        expertKeywords: ['碱性电解槽', 'PEM电解', '制氢电耗', '析氢催化剂', '绿氢'],
        aims: ['碱性电解槽电极性能提升', '兆瓦级PEM电解水制氢系统'],
        objects: ['碱性电解水制氢装置', '风光耦合制氢示范项目'],
        needKeywords: ['可再生能源制氢', '电耗', '宽功率波动', '隔膜寿命'],
        issues: ['直流电耗偏高', '宽功率波动适应性差', '隔膜寿命短', '贵金属载量高'],
        metrics: ['直流电耗≤4.3kWh/Nm³', '负荷调节范围20%–110%', '贵金属载量降低50%', '电解槽寿命≥80000小时'],
        products: ['1000Nm³/h碱性电解槽', '兆瓦级PEM制氢装置'],
      },
      {
        field: '工业副产氢分离纯化',
        discipline: '化学工程与技术',
        expertKeywords: ['变压吸附', '焦炉煤气制氢', '氢气纯化', '燃料电池级氢气', '痕量杂质分析'],
        aims: ['焦炉煤气副产氢纯化', '燃料电池用氢质量检测'],
        objects: ['变压吸附提氢装置', '氢气质量检测实验室'],
        needKeywords: ['高纯氢', '一氧化碳杂质', '氢气回收率', '在线检测'],
        issues: ['CO杂质难以降至0.2ppm', '吸附剂再生能耗高', '氢气回收率偏低', '缺乏在线检测手段'],
        metrics: ['氢气纯度≥99.999%', 'CO≤0.2ppm', '回收率≥90%', '建立符合GB/T 37244的检测方法'],
        products: ['燃料电池级高纯氢', '撬装式氢气纯化装置'],
      },
      {
        field: '高压储氢与加氢站装备',
        discipline: '动力工程及工程热物理',
        expertKeywords: ['高压储氢', 'IV型瓶', '加氢站', '氢脆', '隔膜压缩机'],
        aims: ['车载IV型储氢瓶研制', '加氢站隔膜压缩机国产化'],
        objects: ['储氢瓶缠绕生产线', '35MPa加氢站'],
        needKeywords: ['储氢气瓶', '碳纤维缠绕', '压缩机膜片', '管阀件失效'],
        issues: ['内胆氢渗透率高', '碳纤维缠绕工艺不稳定', '压缩机膜片寿命短', '氢脆导致管阀件失效'],
        metrics: ['渗透率满足GB/T 35544要求', '爆破压力≥2.25倍工作压力', '膜片寿命≥3000小时', '关键阀件通过10万次循环试验'],
        products: ['70MPa IV型储氢瓶', '撬装加氢装置'],
      },
      {
        field: '燃料电池系统与氢能交通',
        discipline: '动力工程及工程热物理',
        expertKeywords: ['燃料电池电堆', '膜电极', '双极板', '氢能重卡', '低温冷启动'],
        aims: ['燃料电池重卡动力系统集成', '金属双极板涂层开发'],
        objects: ['燃料电池重卡', '电堆装配线'],
        needKeywords: ['氢燃料电池车', '冬季启动', '电堆功率', '系统成本'],
        issues: ['电堆功率密度不足', '-30℃冷启动困难', '双极板腐蚀', '系统成本高'],
        metrics: ['电堆功率密度≥4kW/L', '实现-30℃无辅助冷启动', '接触电阻≤10mΩ·cm²', '系统成本降低30%'],
        products: ['氢燃料电池矿用重卡', '110kW燃料电池系统'],
      },
    ],
  },
  {
    code: 'biomedicine',
    name: '生物医药',
    description: '道地中药材、化学原料药、生物发酵与医疗器械等生物医药产业链',
    lines: [
      { noun: '中药饮片', business: '党参、连翘等中药饮片与提取物', topics: [0] },
      { noun: '药业', business: '化学原料药及口服制剂', topics: [1] },
      { noun: '制药', business: '中成药与化学制剂', topics: [0, 1] },
      { noun: '生物科技', business: '发酵类产品与酶制剂', topics: [2] },
      { noun: '医疗器械', business: '医用耗材与体外诊断试剂', topics: [3] },
    ],
    journals: ['中国中药杂志', '中草药', '药学学报', '生物工程学报', '中国医疗器械杂志'],
    topics: [
      {
        field: '道地药材质量控制与中药新药',
        discipline: '中药学',
        expertKeywords: ['党参', '连翘', '中药质量标准', '指纹图谱', '有效成分提取'],
        aims: ['党参多糖提取纯化工艺', '连翘药材质量标准提升'],
        objects: ['中药提取车间', '药材初加工基地'],
        needKeywords: ['上党道地药材', '提取得率', '批间一致性', '农残控制'],
        issues: ['有效成分提取得率低', '有效成分含量批间差异大', '农残和重金属控制难', '缺乏指纹图谱标准'],
        metrics: ['多糖得率≥12%', '连翘酯苷A含量≥3.5%', '指纹图谱相似度≥0.90', '形成企业内控标准1项'],
        products: ['党参多糖口服液', '连翘提取物颗粒'],
      },
      {
        field: '化学原料药工艺与仿制药一致性评价',
        discipline: '药学',
        expertKeywords: ['原料药', '工艺杂质', '连续流合成', '晶型研究', '一致性评价'],
        aims: ['原料药合成路线优化', '仿制药质量和疗效一致性评价'],
        objects: ['原料药合成车间', '口服固体制剂车间'],
        needKeywords: ['杂质控制', '收率', '晶型稳定性', '溶出曲线'],
        issues: ['基因毒性杂质超标', '合成收率偏低', '晶型不稳定', '溶出曲线与参比制剂不一致'],
        metrics: ['总收率提高15%', '基因毒性杂质低于TTC限度', '晶型稳定并通过加速试验', '通过一致性评价'],
        products: ['缓释片剂', '高纯度原料药'],
      },
      {
        field: '工业微生物发酵与酶工程',
        discipline: '生物工程',
        expertKeywords: ['微生物发酵', '菌种选育', '酶制剂', '下游纯化', '合成生物学'],
        aims: ['发酵菌种高产改造', '酶制剂发酵工艺放大'],
        objects: ['发酵车间', '提取纯化工段'],
        needKeywords: ['发酵效价', '工艺放大', '染菌控制', '纯化收率'],
        issues: ['发酵效价低', '放大后产率明显下降', '染菌批次偏多', '纯化步骤收率损失大'],
        metrics: ['发酵效价提高30%', '50吨罐产率不低于小试的90%', '染菌率低于1%', '纯化收率≥85%'],
        products: ['饲用复合酶制剂', '发酵法氨基酸'],
      },
      {
        field: '生物医用材料与体外诊断',
        discipline: '生物医学工程',
        expertKeywords: ['医疗器械', '可降解材料', '体外诊断', '注册检验', '免疫层析'],
        aims: ['可降解骨科植入材料研制', 'POCT体外诊断试剂开发'],
        objects: ['医用耗材洁净车间', '诊断试剂生产线'],
        needKeywords: ['植入器械', '检测灵敏度', '医疗器械注册', '试剂稳定性'],
        issues: ['降解速率与骨愈合不匹配', '检测灵敏度不足', '缺少注册检验经验', '试剂稳定性差'],
        metrics: ['12个月降解率控制在50%–70%', '检测下限达到0.1ng/mL', '取得二类医疗器械注册证', '试剂效期≥18个月'],
        products: ['可吸收骨钉', '心肌标志物快速检测试剂盒'],
      },
    ],
  },
  {
    code: 'big_data_xinchuang',
    name: '大数据与信创',
    description: '工业互联网、信创适配、人工智能视觉与数据中心等数字产业链',
    lines: [
      { noun: '信息技术', business: '工业互联网平台与智能工厂解决方案', topics: [0] },
      { noun: '软件', business: '信创软件适配与系统集成', topics: [1] },
      { noun: '智能科技', business: '煤矿智能视频分析与机器视觉', topics: [2] },
      { noun: '数据科技', business: '数据中心建设与运营', topics: [3] },
      { noun: '数字科技', business: '企业数字化转型服务', topics: [0, 1] },
    ],
    journals: ['计算机学报', '软件学报', '计算机集成制造系统', '工矿自动化', '中国图象图形学报'],
    topics: [
      {
        field: '工业互联网与设备预测性维护',
        discipline: '计算机科学与技术',
        expertKeywords: ['工业互联网', '边缘计算', '预测性维护', '数据中台', 'OPC UA'],
        aims: ['设备预测性维护平台建设', '工业数据采集与边缘计算'],
        objects: ['全厂设备监测系统', '生产数据采集网络'],
        needKeywords: ['设备联网', '故障预警', '非计划停机', '数据治理'],
        issues: ['设备通信协议多样难以接入', '故障预警准确率低', '数据质量差', '系统国产化适配不足'],
        metrics: ['设备接入率≥95%', '故障预警准确率≥85%', '非计划停机减少30%', '完成国产操作系统和数据库适配'],
        products: ['工业互联网标识解析应用', '边缘智能网关'],
      },
      {
        field: '信创软硬件适配与数据库',
        discipline: '软件工程',
        expertKeywords: ['信创', '国产操作系统', '国产数据库', '迁移适配', '网络安全等级保护'],
        aims: ['核心业务系统信创迁移', '国产数据库性能优化'],
        objects: ['ERP与MES业务系统', '数据中心核心数据库'],
        needKeywords: ['国产化替代', '系统迁移', '兼容性', '等保测评'],
        issues: ['核心业务系统依赖国外数据库', '迁移后性能明显下降', '中间件兼容性问题多', '等保测评不达标'],
        metrics: ['完成核心系统国产化替代', '关键交易响应时间≤1秒', '通过等保三级测评', '迁移过程零数据丢失'],
        products: ['信创办公终端', '国产化服务器整机'],
      },
      {
        field: '机器视觉与智能视频分析',
        discipline: '计算机科学与技术',
        expertKeywords: ['深度学习', '目标检测', '视频分析', '煤矿安全监控', '缺陷检测'],
        aims: ['井下视频智能识别', '产品表面缺陷视觉检测'],
        objects: ['井下视频监控系统', '质检工位'],
        needKeywords: ['AI识别', '误报率', '样本不足', '边缘推理'],
        issues: ['井下光照差导致识别率低', '缺陷样本不足', '误报率高', '边缘端算力不足'],
        metrics: ['识别准确率≥95%', '误报率≤2%', '单路视频推理时延≤100ms', '支持16路以上视频并发'],
        products: ['矿用AI视频分析一体机', '表面缺陷在线检测系统'],
      },
      {
        field: '绿色数据中心与算力调度',
        discipline: '计算机科学与技术',
        expertKeywords: ['数据中心', '液冷', 'PUE', '算力调度', '绿色算力'],
        aims: ['数据中心液冷节能改造', '算力资源调度平台建设'],
        objects: ['数据中心机房', '云计算资源池'],
        needKeywords: ['机房能耗', '服务器散热', '算力利用率', '电费成本'],
        issues: ['PUE高于1.5', '机柜局部过热', '算力利用率低', '能耗成本高'],
        metrics: ['PUE≤1.25', '算力利用率提升至70%', '年节电500万kWh', '单机柜功率密度提升至30kW'],
        products: ['浸没式液冷服务器', '算力调度管理平台'],
      },
    ],
  },
  {
    code: 'green_building_materials',
    name: '绿色建材',
    description: '煤矸石、粉煤灰、钢渣等固废建材与低碳胶凝材料、装配式建筑部品等产业链',
    lines: [
      { noun: '新型建材', business: '煤矸石烧结砖与砌块', topics: [0] },
      { noun: '建材科技', business: '钢渣微粉与混凝土外加剂', topics: [1] },
      { noun: '绿色建材', business: '粉煤灰加气混凝土制品', topics: [0] },
      { noun: '装配式建筑', business: '装配式预制构件与保温板材', topics: [2] },
    ],
    journals: ['硅酸盐学报', '建筑材料学报', '新型建筑材料', '混凝土', '硅酸盐通报'],
    topics: [
      {
        field: '煤基固废建材化利用',
        discipline: '材料科学与工程',
        expertKeywords: ['粉煤灰', '煤矸石', '固废资源化', '烧结制品', '免烧砌块'],
        aims: ['煤矸石烧结空心砌块开发', '粉煤灰免烧砖强度提升'],
        objects: ['烧结砖隧道窑', '免烧砖生产线'],
        needKeywords: ['工业固废', '固废掺量', '制品强度', '放射性'],
        issues: ['固废掺量低', '产品强度不稳定', '放射性指标控制难', '冬季养护周期长'],
        metrics: ['固废掺量≥70%', '抗压强度达到MU15', '内照射指数≤1.0', '养护周期缩短40%'],
        products: ['煤矸石烧结保温砌块', '粉煤灰蒸压加气混凝土板'],
      },
      {
        field: '低碳胶凝材料与混凝土外加剂',
        discipline: '土木工程',
        expertKeywords: ['低碳水泥', '地聚合物', '混凝土外加剂', '钢渣', '碳化养护'],
        aims: ['钢渣基低碳胶凝材料研制', '高性能混凝土外加剂开发'],
        objects: ['钢渣微粉生产线', '商品混凝土搅拌站'],
        needKeywords: ['钢渣利用', '早期强度', '坍落度损失', '熟料替代'],
        issues: ['钢渣安定性不良', '早期强度低', '坍落度损失快', '熟料用量大碳排放高'],
        metrics: ['钢渣掺量≥40%且安定性合格', '3天抗压强度≥20MPa', '2小时坍落度损失≤20mm', '单位产品碳排放降低30%'],
        products: ['钢渣微粉', '聚羧酸高性能减水剂'],
      },
      {
        field: '装配式建筑与建筑节能材料',
        discipline: '土木工程',
        expertKeywords: ['装配式建筑', '预制构件', '保温材料', '气凝胶', '建筑节能'],
        aims: ['装配式预制构件生产线升级', '气凝胶复合保温板开发'],
        objects: ['预制构件工厂', '保温板材生产线'],
        needKeywords: ['预制楼板', '防火保温', '模具周转', '节点防水'],
        issues: ['构件连接节点渗漏', '保温材料防火等级低', '模具周转率低', '导热系数偏高'],
        metrics: ['防火等级达到A级', '导热系数≤0.025W/(m·K)', '模具周转次数≥200次', '节点通过淋水试验'],
        products: ['纳米气凝胶复合保温板', '预制叠合楼板'],
      },
    ],
  },
  {
    code: 'specialty_agri_processing',
    name: '特色农产品加工',
    description: '小米杂粮、药食同源产品、干鲜果与食用菌等长治特色农产品精深加工产业链',
    lines: [
      { noun: '杂粮开发', business: '小米杂粮精深加工', topics: [0] },
      { noun: '食品', business: '杂粮速食与休闲食品', topics: [0, 2] },
      { noun: '农业科技', business: '党参、连翘等药食同源产品', topics: [1] },
      { noun: '农产品开发', business: '核桃油及干果制品', topics: [2] },
      { noun: '生物食品', business: '食用菌种植与深加工', topics: [3] },
    ],
    journals: ['食品科学', '中国粮油学报', '食品工业科技', '农业工程学报', '中国食用菌'],
    topics: [
      {
        field: '杂粮加工与营养健康食品',
        discipline: '食品科学与工程',
        expertKeywords: ['小米', '杂粮加工', '营养强化', '挤压膨化', '淀粉改性'],
        aims: ['小米主食化产品开发', '杂粮即食粥加工工艺'],
        objects: ['小米精加工生产线', '杂粮速食产品线'],
        needKeywords: ['沁县小米', '口感改良', '货架期', '速食杂粮'],
        issues: ['产品口感粗糙', '货架期短', '加工中营养损失大', '复水性差'],
        metrics: ['货架期延长至12个月', '复水时间≤5分钟', '营养保留率≥85%', '感官评分≥85分'],
        products: ['小米营养速食粥', '杂粮低GI代餐粉'],
      },
      {
        field: '药食同源资源开发与功能食品',
        discipline: '食品科学与工程',
        expertKeywords: ['药食同源', '功能性食品', '党参', '连翘叶', '功效评价'],
        aims: ['连翘叶茶加工工艺优化', '党参功能饮品开发'],
        objects: ['代用茶加工车间', '饮料灌装线'],
        needKeywords: ['养生茶', '苦涩味', '功效成分保留', '团体标准'],
        issues: ['产品苦涩味重', '加工中功效成分流失', '缺少功效评价数据', '工艺标准化程度低'],
        metrics: ['连翘酯苷保留率≥80%', '形成功效评价报告', '消费者感官接受度≥80%', '制定团体标准1项'],
        products: ['连翘叶茶', '党参枸杞复合饮料'],
      },
      {
        field: '干果油脂加工与果蔬保鲜',
        discipline: '农产品加工及贮藏工程',
        expertKeywords: ['核桃', '冷链保鲜', '果蔬干制', '油脂提取', '褐变控制'],
        aims: ['核桃油冷榨与精炼工艺', '果蔬真空冷冻干燥'],
        objects: ['核桃油压榨车间', '冻干生产线'],
        needKeywords: ['核桃深加工', '酸败', '出油率', '干燥能耗'],
        issues: ['核桃油易氧化酸败', '出油率低', '干制能耗高', '产品褐变'],
        metrics: ['酸价≤1mg/g', '出油率≥55%', '干燥能耗降低25%', '色差ΔE≤3'],
        products: ['冷榨核桃油', '冻干果蔬脆片'],
      },
      {
        field: '食用菌深加工与农业废弃物利用',
        discipline: '生物工程',
        expertKeywords: ['食用菌', '菌渣利用', '多糖提取', '发酵饲料', '有机肥'],
        aims: ['食用菌多糖提取', '菌渣发酵饲料化利用'],
        objects: ['食用菌加工厂', '菌渣处理场'],
        needKeywords: ['香菇深加工', '菌糠', '附加值', '产品同质化'],
        issues: ['菌渣利用率低', '多糖纯度低', '产品同质化严重', '初级产品附加值低'],
        metrics: ['菌渣综合利用率≥90%', '多糖纯度≥60%', '产品附加值提升50%', '建成生产线1条'],
        products: ['香菇多糖口服液', '菌渣生物有机肥'],
      },
    ],
  },
  {
    code: 'energy_saving_environmental',
    name: '节能环保',
    description: '烟气超低排放、余热余压利用、矿山生态修复与工业水处理等节能环保产业链',
    lines: [
      { noun: '环保科技', business: '工业烟气治理工程', topics: [0] },
      { noun: '节能技术', business: '余热回收与合同能源管理', topics: [1] },
      { noun: '生态科技', business: '矿山生态修复工程', topics: [2] },
      { noun: '水务科技', business: '工业废水与矿井水处理', topics: [3] },
      { noun: '环境工程', business: '环境污染治理工程总承包', topics: [0, 3] },
    ],
    journals: ['环境科学', '环境工程学报', '中国环境科学', '煤炭学报', '化工进展'],
    topics: [
      {
        field: '工业烟气超低排放与VOCs治理',
        discipline: '环境科学与工程',
        expertKeywords: ['超低排放', '脱硫脱硝', 'SCR催化剂', 'VOCs治理', '除尘'],
        aims: ['焦炉烟气脱硫脱硝一体化', '低温SCR脱硝催化剂开发'],
        objects: ['焦炉烟气治理系统', '锅炉烟气脱硝装置'],
        needKeywords: ['烟气净化', '氮氧化物', '氨逃逸', '无组织排放'],
        issues: ['低温段脱硝效率低', '催化剂中毒失活', '氨逃逸超标', 'VOCs无组织排放'],
        metrics: ['NOx≤100mg/m³', '氨逃逸≤2.5ppm', '催化剂寿命≥24000小时', 'VOCs去除率≥90%'],
        products: ['低温SCR脱硝催化剂', '活性焦一体化脱硫脱硝装置'],
      },
      {
        field: '工业余热利用与系统节能',
        discipline: '动力工程及工程热物理',
        expertKeywords: ['余热回收', '有机朗肯循环', '热泵', '能效诊断', '节能改造'],
        aims: ['焦化中低温余热发电', '循环水余热热泵供暖'],
        objects: ['焦炉上升管余热系统', '厂区循环冷却水系统'],
        needKeywords: ['低品位热能', '换热器结垢', '能源计量', '综合能耗'],
        issues: ['中低温余热未被利用', '换热器结垢严重', '能源计量不完善', '系统能效偏低'],
        metrics: ['余热回收率≥60%', '年节约标准煤1万吨', '投资回收期≤4年', '综合能耗下降8%'],
        products: ['ORC低温余热发电机组', '高温热泵机组'],
      },
      {
        field: '矿山生态修复与土壤污染治理',
        discipline: '环境科学与工程',
        expertKeywords: ['矿山生态修复', '土壤修复', '采煤沉陷区', '重金属', '植被恢复'],
        aims: ['采煤沉陷区生态修复', '污染场地土壤修复'],
        objects: ['采煤沉陷区', '关停焦化厂遗留场地'],
        needKeywords: ['沉陷区治理', '土壤改良', '复垦', '修复成本'],
        issues: ['土壤贫瘠保水性差', '重金属超标', '植被成活率低', '修复成本高'],
        metrics: ['植被覆盖率≥85%', '重金属浸出浓度达标', '植被成活率≥90%', '修复成本降低20%'],
        products: ['土壤调理剂', '矿山修复专用生态基材'],
      },
      {
        field: '工业水处理与矿井水资源化',
        discipline: '环境科学与工程',
        expertKeywords: ['循环水处理', '膜分离', '中水回用', '污泥减量', '高级氧化'],
        aims: ['矿井水深度处理回用', '循环冷却水节水改造'],
        objects: ['矿井水处理站', '循环冷却水系统'],
        needKeywords: ['矿井水', '浓缩倍数', '排污水', '吨水成本'],
        issues: ['矿井水含盐量高', '循环水浓缩倍数低', '排污水量大', '污泥处置成本高'],
        metrics: ['回用率≥85%', '浓缩倍数提高到5倍', '污泥减量40%', '吨水处理成本≤3元'],
        products: ['矿井水一体化净化装置', '无磷缓蚀阻垢剂'],
      },
    ],
  },
]

export interface ParkSpec {
  name: string
  short: string
  regionCode: string
  keyIndustries: string[]
  description: string
  enterprises: number
}

export const parks: ParkSpec[] = [
  {
    name: '长治高新技术产业开发区',
    short: '长治高新区',
    regionCode: '140471',
    keyIndustries: ['new_materials', 'high_end_equipment', 'photovoltaic_new_energy', 'big_data_xinchuang', 'biomedicine'],
    description: '国家级高新区，“科创中国”试点园区，重点发展新材料、高端装备、光伏、信创与生物医药产业。',
    enterprises: 24,
  },
  {
    name: '上党经济技术开发区',
    short: '上党经开区',
    regionCode: '140404',
    keyIndustries: ['modern_coal_chemical', 'hydrogen', 'green_building_materials', 'energy_saving_environmental', 'high_end_equipment'],
    description: '省级经济技术开发区，依托焦化与煤化工基础发展氢能、绿色建材和节能环保产业。',
    enterprises: 22,
  },
  {
    name: '潞城经济技术开发区',
    short: '潞城经开区',
    regionCode: '140406',
    keyIndustries: ['modern_coal_chemical', 'new_materials', 'hydrogen', 'energy_saving_environmental'],
    description: '以煤焦化为基础，延伸煤基新材料、精细化工和氢能产业链的省级开发区。',
    enterprises: 20,
  },
  {
    name: '屯留经济技术开发区',
    short: '屯留经开区',
    regionCode: '140405',
    keyIndustries: ['specialty_agri_processing', 'biomedicine', 'photovoltaic_new_energy', 'green_building_materials'],
    description: '发展特色农产品精深加工、中药材加工与光伏新能源的省级开发区。',
    enterprises: 18,
  },
]

export type OrganisationKind = 'university' | 'institute' | 'hospital'

export interface Organisation {
  name: string
  kind: OrganisationKind
  regionCode: string
  industries: string[]
  /** Relative number of experts drawn from it. */
  weight: number
}

export const organisations: Organisation[] = [
  { name: '中国科学院山西煤炭化学研究所', kind: 'institute', regionCode: '140106', weight: 6, industries: ['modern_coal_chemical', 'new_materials', 'hydrogen', 'energy_saving_environmental'] },
  { name: '太原理工大学', kind: 'university', regionCode: '140109', weight: 8, industries: ['modern_coal_chemical', 'new_materials', 'high_end_equipment', 'big_data_xinchuang', 'green_building_materials', 'energy_saving_environmental', 'hydrogen'] },
  { name: '中北大学', kind: 'university', regionCode: '140108', weight: 5, industries: ['high_end_equipment', 'new_materials', 'big_data_xinchuang', 'modern_coal_chemical'] },
  { name: '山西大学', kind: 'university', regionCode: '140105', weight: 5, industries: ['biomedicine', 'big_data_xinchuang', 'specialty_agri_processing', 'energy_saving_environmental', 'modern_coal_chemical'] },
  { name: '长治学院', kind: 'university', regionCode: '140403', weight: 4, industries: ['specialty_agri_processing', 'biomedicine', 'big_data_xinchuang', 'new_materials', 'green_building_materials'] },
  { name: '长治医学院', kind: 'university', regionCode: '140403', weight: 2, industries: ['biomedicine'] },
  { name: '太原科技大学', kind: 'university', regionCode: '140109', weight: 3, industries: ['high_end_equipment', 'new_materials', 'green_building_materials'] },
  { name: '山西农业大学', kind: 'university', regionCode: '140703', weight: 4, industries: ['specialty_agri_processing', 'biomedicine', 'energy_saving_environmental'] },
  { name: '山西医科大学', kind: 'university', regionCode: '140106', weight: 2, industries: ['biomedicine'] },
  { name: '中国科学院大连化学物理研究所', kind: 'institute', regionCode: '210204', weight: 3, industries: ['hydrogen', 'modern_coal_chemical', 'photovoltaic_new_energy'] },
  { name: '中国科学院过程工程研究所', kind: 'institute', regionCode: '110108', weight: 2, industries: ['modern_coal_chemical', 'energy_saving_environmental', 'new_materials'] },
  { name: '中国科学院半导体研究所', kind: 'institute', regionCode: '110108', weight: 2, industries: ['new_materials', 'photovoltaic_new_energy'] },
  { name: '清华大学', kind: 'university', regionCode: '110108', weight: 3, industries: ['energy_saving_environmental', 'hydrogen', 'high_end_equipment', 'big_data_xinchuang', 'modern_coal_chemical'] },
  { name: '北京科技大学', kind: 'university', regionCode: '110108', weight: 2, industries: ['new_materials', 'green_building_materials', 'high_end_equipment'] },
  { name: '中国矿业大学', kind: 'university', regionCode: '320311', weight: 3, industries: ['high_end_equipment', 'energy_saving_environmental', 'modern_coal_chemical'] },
  { name: '天津大学', kind: 'university', regionCode: '120104', weight: 2, industries: ['modern_coal_chemical', 'biomedicine', 'hydrogen'] },
  { name: '浙江大学', kind: 'university', regionCode: '330106', weight: 2, industries: ['photovoltaic_new_energy', 'big_data_xinchuang', 'specialty_agri_processing'] },
  { name: '华东理工大学', kind: 'university', regionCode: '310104', weight: 2, industries: ['modern_coal_chemical', 'biomedicine'] },
  { name: '西安交通大学', kind: 'university', regionCode: '610103', weight: 2, industries: ['hydrogen', 'high_end_equipment', 'photovoltaic_new_energy'] },
  { name: '华北电力大学', kind: 'university', regionCode: '110114', weight: 2, industries: ['photovoltaic_new_energy', 'energy_saving_environmental', 'hydrogen'] },
  { name: '中国建筑材料科学研究总院', kind: 'institute', regionCode: '110105', weight: 2, industries: ['green_building_materials', 'new_materials'] },
  { name: '煤炭科学研究总院', kind: 'institute', regionCode: '110105', weight: 2, industries: ['high_end_equipment', 'energy_saving_environmental', 'big_data_xinchuang'] },
  { name: '中国农业大学', kind: 'university', regionCode: '110108', weight: 2, industries: ['specialty_agri_processing'] },
  { name: '江南大学', kind: 'university', regionCode: '320211', weight: 2, industries: ['specialty_agri_processing', 'biomedicine'] },
  { name: '中国药科大学', kind: 'university', regionCode: '320115', weight: 1, industries: ['biomedicine'] },
  { name: '中国中医科学院', kind: 'institute', regionCode: '110101', weight: 1, industries: ['biomedicine', 'specialty_agri_processing'] },
  { name: '哈尔滨工业大学', kind: 'university', regionCode: '230103', weight: 2, industries: ['high_end_equipment', 'new_materials', 'hydrogen'] },
  { name: '长治市人民医院', kind: 'hospital', regionCode: '140403', weight: 1, industries: ['biomedicine'] },
]

export const titlesByKind: Record<OrganisationKind | 'enterprise', Array<[string, number]>> = {
  university: [['教授', 5], ['副教授', 4], ['讲师', 1]],
  institute: [['研究员', 5], ['副研究员', 4]],
  hospital: [['主任医师', 3], ['主任药师', 2], ['副主任医师', 2]],
  enterprise: [['正高级工程师', 3], ['高级工程师', 5]],
}

/** Academicians are generated people placed at these organisations, one per industry listed. */
export const academicianSeats: Array<{ organisation: string; industry: string; academy: '中国科学院院士' | '中国工程院院士'; title: string }> = [
  { organisation: '中国科学院山西煤炭化学研究所', industry: 'modern_coal_chemical', academy: '中国工程院院士', title: '研究员' },
  { organisation: '北京科技大学', industry: 'new_materials', academy: '中国工程院院士', title: '教授' },
  { organisation: '中国科学院大连化学物理研究所', industry: 'hydrogen', academy: '中国科学院院士', title: '研究员' },
  { organisation: '中国矿业大学', industry: 'high_end_equipment', academy: '中国工程院院士', title: '教授' },
  { organisation: '中国中医科学院', industry: 'biomedicine', academy: '中国工程院院士', title: '研究员' },
  { organisation: '浙江大学', industry: 'photovoltaic_new_energy', academy: '中国科学院院士', title: '教授' },
  { organisation: '清华大学', industry: 'energy_saving_environmental', academy: '中国工程院院士', title: '教授' },
]

export interface SocietySpec {
  name: string
  level: 'national' | 'provincial' | 'municipal'
  regionCode: string
  disciplines: string[]
  industries: string[]
  description: string
}

export const societies: SocietySpec[] = [
  { name: '中国煤炭学会', level: 'national', regionCode: '110000', disciplines: ['矿业工程', '安全科学与工程', '煤炭清洁利用'], industries: ['high_end_equipment', 'modern_coal_chemical', 'energy_saving_environmental'], description: '全国性煤炭科技工作者学术团体，在智能开采、煤炭清洁高效利用方面组织学术交流和技术服务。' },
  { name: '中国化工学会', level: 'national', regionCode: '110000', disciplines: ['化学工程与技术', '化学'], industries: ['modern_coal_chemical', 'new_materials', 'biomedicine'], description: '化工领域全国性学会，开展化工过程强化、催化与精细化工方向的学术交流与产业咨询。' },
  { name: '中国材料研究学会', level: 'national', regionCode: '110000', disciplines: ['材料科学与工程'], industries: ['new_materials', 'green_building_materials', 'photovoltaic_new_energy'], description: '材料科学领域全国性学会，覆盖结构材料、功能材料与新能源材料。' },
  { name: '中国可再生能源学会', level: 'national', regionCode: '110000', disciplines: ['动力工程及工程热物理', '电气工程'], industries: ['photovoltaic_new_energy', 'hydrogen'], description: '推动光伏、风能、氢能等可再生能源技术进步与产业化的全国性学会。' },
  { name: '中国机械工程学会', level: 'national', regionCode: '110000', disciplines: ['机械工程', '控制科学与工程'], industries: ['high_end_equipment'], description: '机械工程领域全国性学会，服务装备制造企业的设计、制造与质量提升。' },
  { name: '中国药学会', level: 'national', regionCode: '110000', disciplines: ['药学', '中药学'], industries: ['biomedicine'], description: '药学领域全国性学会，开展药物研发、质量评价与合理用药方面的交流与服务。' },
  { name: '中国食品科学技术学会', level: 'national', regionCode: '110000', disciplines: ['食品科学与工程'], industries: ['specialty_agri_processing'], description: '食品科技领域全国性学会，服务食品加工、营养健康与食品安全。' },
  { name: '山西省煤炭学会', level: 'provincial', regionCode: '140000', disciplines: ['矿业工程', '安全科学与工程'], industries: ['high_end_equipment', 'modern_coal_chemical', 'energy_saving_environmental'], description: '山西省煤炭科技工作者的学术团体，组织智能矿山与煤矿安全方面的技术交流和咨询。' },
  { name: '山西省化工学会', level: 'provincial', regionCode: '140000', disciplines: ['化学工程与技术'], industries: ['modern_coal_chemical', 'hydrogen', 'new_materials'], description: '服务全省煤化工、精细化工企业的省级学会。' },
  { name: '山西省机械工程学会', level: 'provincial', regionCode: '140000', disciplines: ['机械工程'], industries: ['high_end_equipment'], description: '服务全省装备制造业的省级学会，设有智能制造、热处理等专业委员会。' },
  { name: '山西省材料研究学会', level: 'provincial', regionCode: '140000', disciplines: ['材料科学与工程'], industries: ['new_materials', 'green_building_materials'], description: '联系全省材料领域科技工作者，推动碳基材料与新型建材成果转化。' },
  { name: '山西省药学会', level: 'provincial', regionCode: '140000', disciplines: ['药学', '中药学'], industries: ['biomedicine'], description: '全省药学工作者学术团体，关注道地药材开发与医药产业升级。' },
  { name: '山西省环境科学学会', level: 'provincial', regionCode: '140000', disciplines: ['环境科学与工程'], industries: ['energy_saving_environmental', 'modern_coal_chemical'], description: '开展大气、水与土壤污染防治技术交流与环境咨询的省级学会。' },
  { name: '山西省电子学会', level: 'provincial', regionCode: '140000', disciplines: ['电子科学与技术', '计算机科学与技术'], industries: ['big_data_xinchuang', 'new_materials'], description: '联系全省电子信息领域科技工作者，服务信创与数字经济发展。' },
  { name: '山西省能源研究会', level: 'provincial', regionCode: '140000', disciplines: ['动力工程及工程热物理', '电气工程'], industries: ['hydrogen', 'photovoltaic_new_energy', 'energy_saving_environmental'], description: '研究能源转型、氢能与节能技术的省级学术团体。' },
  { name: '长治市化学化工学会', level: 'municipal', regionCode: '140400', disciplines: ['化学工程与技术', '化学'], industries: ['modern_coal_chemical', 'hydrogen', 'new_materials'], description: '长治市化学化工科技工作者的学术团体，立足焦化、煤化工企业开展技术服务。' },
  { name: '长治市机械工程学会', level: 'municipal', regionCode: '140400', disciplines: ['机械工程'], industries: ['high_end_equipment'], description: '服务本市煤机、汽车及零部件制造企业的市级学会。' },
  { name: '长治市农学会', level: 'municipal', regionCode: '140400', disciplines: ['作物学', '食品科学与工程'], industries: ['specialty_agri_processing'], description: '联系本市农业科技工作者，服务小米、中药材等特色产业。' },
  { name: '长治市中医药学会', level: 'municipal', regionCode: '140400', disciplines: ['中药学', '中医学'], industries: ['biomedicine', 'specialty_agri_processing'], description: '推动上党党参、连翘等道地药材研究与中医药传承创新的市级学会。' },
  { name: '长治市计算机学会', level: 'municipal', regionCode: '140400', disciplines: ['计算机科学与技术', '软件工程'], industries: ['big_data_xinchuang'], description: '服务本市数字化转型与信创产业的市级学会。' },
  { name: '长治市环境科学学会', level: 'municipal', regionCode: '140400', disciplines: ['环境科学与工程'], industries: ['energy_saving_environmental', 'green_building_materials'], description: '开展本市工业污染治理、生态修复技术交流与服务的市级学会。' },
  { name: '长治市新能源学会', level: 'municipal', regionCode: '140400', disciplines: ['电气工程', '动力工程及工程热物理'], industries: ['photovoltaic_new_energy', 'hydrogen'], description: '联系本市光伏、储能与氢能科技工作者的市级学会。' },
]

// Names ------------------------------------------------------------------------------------------

/** Common surnames, with those frequent in 山西 repeated to weigh them. */
export const surnames = [
  ...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹易常武乔贺赖龚文',
  ...'王李张郭赵武牛常申栗靳郝霍阎晋梁杨刘王李张郭',
]

export const givenNameCharacters = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国志红玉兰俊峰宇鹏辉婷晶斌文博浩然晨阳旭东海林波欣宁琳颖慧佳蕾瑞睿哲思远航毅雪梅晓飞亮凯鑫岩松柏振宏健云青燕萍丹彬炜琦璐嘉昊天翔成坤新春秋立德泽润清源',
]

export const brandFirst = [...'瑞鼎恒华嘉宏鑫晟泰通金中翔博海昊润祥兴德永盛新东天安和康荣宇']
export const brandSecond = [...'晟泰信睿润远源达和通泓晋宇阳川德丰辉邦诚创科凯峰隆锦岳航益']

// Text templates ---------------------------------------------------------------------------------

// The need kinds are the model's: the templates below name each of them.
export { type NeedKind, needKinds }

/** Title templates: {aim} {object} {product} {field}. */
export const titleTemplates: Record<NeedKind, string[]> = {
  breakthrough: ['{aim}关键技术攻关', '{aim}技术难题攻关', '{object}瓶颈问题技术攻关'],
  consulting: ['{object}运行诊断与优化咨询', '{aim}技术方案论证', '{aim}可行性技术咨询'],
  collaboration: ['{aim}产学研联合攻关', '与高校院所合作开展{aim}', '{aim}联合研发'],
  transfer: ['{aim}成熟技术引进', '引进{aim}技术及成套工艺', '{aim}技术转让需求'],
  commercialisation: ['{aim}成果中试与产业化', '{product}科技成果转化', '{aim}中试放大'],
  new_product: ['{product}新产品开发', '{product}研制', '开发{product}'],
  talent: ['柔性引进{field}领域专家', '{field}方向高层次人才引进', '引进{field}技术带头人'],
}

export const backgroundTemplates = [
  '{enterprise}位于{park}，主营{business}，{scale}。{driver}',
  '公司是{park}{keyTag}企业，现有{object}。{driver}',
  '{driver}公司{scale}，现有{object}，相关工序已成为全厂效益提升的短板。',
  '{enterprise}主营{business}。{driver}项目已列入企业年度技改计划，资金已基本落实。',
]

export const drivers = [
  '随着国家“双碳”目标推进和环保标准趋严，企业亟需通过技术升级降低能耗与排放。',
  '下游客户对产品性能和一致性提出了更高要求，现有工艺已难以满足订单需要。',
  '公司被列为市级重点培育企业，计划在“十四五”后期完成产线智能化、绿色化改造。',
  '同类产品市场竞争加剧，企业希望依托“科创中国”平台引入外部智力，提升核心竞争力。',
  '近两年原材料和能源价格上涨，企业急需通过工艺优化降本增效。',
  '园区推进产业链延链补链，公司承担了相关示范任务。',
]

export const kindDrivers: Partial<Record<NeedKind, string[]>> = {
  commercialisation: ['公司已与高校合作完成小试研究，但缺少中试放大和工程化经验。', '实验室阶段成果已取得发明专利，亟需完成中试验证并实现规模化生产。'],
  talent: ['企业技术中心现有研发人员{staff}人，但在该方向缺少领军人才。', '公司计划组建专门研发团队，希望以柔性引进方式聘请高校院所专家。'],
  transfer: ['企业自主研发周期长、风险高，希望直接引进经过工业验证的成熟技术。'],
  consulting: ['企业对改造方案的技术路线和投资效益把握不足，需要专家论证把关。'],
}

export const problemTemplates = [
  '目前{object}存在{issue1}、{issue2}等问题，{consequence}。',
  '主要技术难题：一是{issue1}；二是{issue2}；三是{issue3}。',
  '{issue1}，同时{issue2}，企业自身技术力量难以系统解决，{consequence}。',
  '在{aim}过程中，{issue1}问题突出，且{issue2}，{consequence}。',
]

export const consequences = [
  '严重制约了产能释放',
  '导致产品合格率和经济效益下降',
  '已成为制约企业高质量发展的瓶颈',
  '每年造成直接经济损失数百万元',
  '影响了与重点客户的长期合作',
]

export const goalTemplates = [
  '通过合作达到以下指标：{metric1}，{metric2}；{deliverable}。',
  '技术指标：{metric1}；{metric2}；{metric3}。{deliverable}。',
  '期望在{months}个月内完成技术方案验证，主要指标：{metric1}，{metric2}；{deliverable}。',
]

export const kindGoalTemplates: Partial<Record<NeedKind, string[]>> = {
  talent: ['引进或柔性聘用{field}方向专家1–2名，每年在企业工作不少于{monthsOnSite}个月，帮助组建研发团队并指导{aim}，力争{metric1}。'],
  consulting: ['对{object}进行全面诊断，提出优化方案和实施路径，力争{metric1}。', '形成可行性论证报告，明确技术路线、投资估算和实施计划，目标是{metric1}。'],
}

export const deliverables = [
  '形成可工业化推广的成套技术',
  '申请发明专利2项以上',
  '编制工艺包并完成工业示范',
  '建成示范生产线1条',
  '培养企业技术骨干3–5名',
  '形成企业标准或团体标准1项',
]

export const enterpriseHonours = ['国家级高新技术企业', '省级专精特新中小企业', '省级企业技术中心', '山西省创新型企业', '市级工程技术研究中心依托单位']

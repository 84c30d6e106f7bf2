/** A coal-tar hydrogenation expert and a need that wants one: the matching tests' shared pair. */
export const coalExpert = {
  title: '研究员',
  fields: ['煤焦油加氢', '加氢催化剂'],
  keywords: ['煤焦油', '加氢精制', '催化剂失活', '积碳'],
  bio: '长期从事煤焦油加氢精制、加氢催化剂研制与失活机理研究。',
  regionCode: '140100',
}

export const coalNeed = {
  title: '焦化副产油品加氢装置运行周期短', industryCode: 'modern_coal_chemical', kind: 'breakthrough', status: 'open', visibility: 'public',
  problem: '加氢反应器床层压降上升快，催化剂积碳失活，装置三个月就要停车。', keywords: ['煤焦油', '催化剂寿命'],
}

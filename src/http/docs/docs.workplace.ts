/**
 * The docs page as a workplace for people who are not developers (park staff first): sign in with
 * the key in one field, follow the guide for one's role, and act on a record from the answer that
 * shows it, instead of copying UUIDs between operations.
 *
 * Browser code, served inside /docs/init.js (no backticks or template placeholders below: it lives
 * in a TypeScript template string).
 */

/** The header above Swagger UI: the key field, who is signed in, and the guide for that role. */
export const workplaceHeader = `<header id="workplace">
  <form id="sign-in" autocomplete="off">
    <label for="api-key">API 密钥 · API key</label>
    <input id="api-key" name="key" type="password" placeholder="粘贴科协发给您的密钥，按回车登录" spellcheck="false">
    <button type="submit">登录 · Sign in</button>
    <span id="signed-in" role="status"></span>
  </form>
  <nav id="guide" aria-label="操作指引 · Guide"></nav>
</header>`

export const workplaceStyle = `<style>
  #workplace { font-family: system-ui, "Noto Sans CJK SC", sans-serif; max-width: 1460px; margin: 0 auto; padding: 12px 20px 0; }
  #sign-in { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
  #sign-in input { flex: 0 1 420px; padding: 6px 8px; font-size: 14px; }
  #sign-in button { padding: 6px 14px; font-size: 14px; cursor: pointer; }
  #signed-in { color: #2b6b2b; font-weight: 600; }
  #guide { margin-top: 8px; }
  #guide section { border: 1px solid #d8dde6; border-radius: 6px; padding: 8px 12px; margin-bottom: 8px; background: #f7f9fc; }
  #guide h3 { margin: 0 0 4px; font-size: 15px; }
  #guide ol { margin: 0; padding-left: 22px; font-size: 14px; line-height: 1.7; }
  #guide a { cursor: pointer; color: #1a5fb4; }
  .record-actions { margin: 8px 0; font-size: 13px; }
  .record-actions table { border-collapse: collapse; }
  .record-actions td { padding: 2px 8px 2px 0; vertical-align: middle; }
  .record-actions select { font-size: 13px; max-width: 320px; }
</style>`

export const workplaceScript = `
const roleLabels = { admin: '科协管理员', park_staff: '园区工作人员', enterprise: '企业', expert: '专家' };
/**
 * One guide per role: each step opens the operation it names. Written for people: what to click,
 * what to choose, what comes back.
 */
const guides = {
  park_staff: [
    ['查看本园区 KPI', 'getOwnParkStats', '点“Execute”看数字；右侧 Media type 选 image/svg+xml 看图表，选 text/csv 下载（Excel 直接打开）。'],
    ['核验或退回合同', 'listContracts', '审核状态 reviewStatus 选 pending（待审核），点“Execute”；在结果下方对某份合同选“核验合同成果”或“退回合同成果”，在请求体的 comment 里写下您的意见，点“Execute”。'],
    ['查谁改了什么', 'listAuditEvents', '对象类型选“合同”等（可不选），点“Execute”：每条记录列出改动的字段、操作人和北京时间。'],
    ['组织产需对接会', 'createEvent', '在请求体里填日期、时段、桌号，报名的需求和专家，点“Execute”；之后在结果下方对活动选“求解洽谈安排与日程”，满意后选“发布：批量发出对接邀请”；日程表在“洽谈日程（全体或个人）”里，Media type 选 text/csv 可下载。'],
  ],
  enterprise: [
    ['发布技术需求', 'createNeed', '在请求体里改写标题、技术难题等，点“Execute”。'],
    ['找专家并邀请', 'listNeeds', '点“Execute”；在结果下方对需求选“为需求推荐专家、学会、工作站”，候选随即列出；对合适的候选选“邀请”，点“Execute”。'],
    ['查看邀请与合同', 'listMatches', '点“Execute”：每条邀请附需求、企业和候选的名称。'],
    ['开放揭榜并处理方案', 'listProposals', '先在“修改技术需求”里填 proposalsCloseAt（揭榜截止时间）开放揭榜；之后点“Execute”查看收到的方案，每份附推荐理由与置信度；对方案选“方案入围”“不采纳”或“采纳”，点“Execute”。'],
  ],
  expert: [
    ['答复对接邀请', 'listMatches', '点“Execute”；在结果里对邀请选“接受”或“婉拒”，点“Execute”（72 小时内答复）。'],
    ['查看我的咨询', 'listConsultations', '点“Execute”。'],
  ],
  admin: [
    ['全局统计', 'getAssociationStats', '点“Execute”；Media type 可选 CSV 或图表。'],
    ['批量导入', 'importExperts', '选择 CSV 或 JSON Lines 文件，点“Execute”。'],
    ['查谁改了什么', 'listAuditEvents', '按对象类型或对象 id 筛选，点“Execute”。'],
  ],
};

/**
 * What a person may do with a record, by role: a hint for the menu only (the server decides and
 * answers 403 otherwise), so nobody is offered an action that can only fail.
 */
const actionRoles = {
  verifyContract: ['park_staff', 'admin'], rejectContract: ['park_staff', 'admin'],
  acceptMatch: ['expert'], declineMatch: ['expert'], withdrawMatch: ['enterprise', 'park_staff', 'admin'],
  createEvent: ['park_staff', 'admin'], updateEvent: ['park_staff', 'admin'], solveEvent: ['park_staff', 'admin'], publishEvent: ['park_staff', 'admin'],
  getEventAgenda: ['park_staff', 'admin'], listNeedTeams: ['enterprise', 'park_staff', 'admin'], inviteTeam: ['enterprise', 'park_staff', 'admin'],
  submitProposal: ['expert', 'admin'], updateProposal: ['expert'], withdrawProposal: ['expert'],
  shortlistProposal: ['enterprise', 'park_staff', 'admin'], declineProposal: ['enterprise', 'park_staff', 'admin'], acceptProposal: ['enterprise', 'park_staff', 'admin'],
  scheduleConsultation: ['enterprise', 'expert'], completeConsultation: ['expert'], rateConsultation: ['enterprise'],
  updateConsultation: ['enterprise', 'expert'], cancelConsultation: ['enterprise', 'expert'],
  signContract: ['enterprise', 'expert'], startContract: ['enterprise', 'expert'], completeContract: ['enterprise', 'expert'],
  terminateContract: ['enterprise', 'expert'], updateContract: ['enterprise', 'expert'], reviseContract: ['enterprise', 'expert'],
  updateNeed: ['enterprise', 'park_staff', 'admin'], proposeMatch: ['enterprise', 'park_staff', 'admin'],
  listNeedCandidates: ['enterprise', 'park_staff', 'admin'], listAuditEvents: ['park_staff', 'admin'],
  updatePark: ['admin'], updateEnterprise: ['park_staff', 'admin'], updateExpert: ['admin', 'expert'],
  updateSociety: ['admin'], updateWorkstation: ['admin'],
};
let signedInRole = null;

const chinese = (summary) => String(summary || '').split(' · ')[0];
/** Every operation by its id, worked out once per loaded document (answers re-render often). */
let operationsOfSpec = { spec: null, byId: {} };
const operationsById = () => {
  const spec = window.ui.specSelectors.specJson();
  if (operationsOfSpec.spec === spec) return operationsOfSpec.byId;
  const byId = {};
  const paths = spec.get('paths');
  if (paths) paths.forEach((methods, path) => methods.forEach((operation, method) => {
    if (operation && operation.get && operation.get('operationId')) byId[operation.get('operationId')] = { path, method, summary: operation.get('summary') };
  }));
  operationsOfSpec = { spec, byId };
  return byId;
};
const operationElement = (operationId) => document.querySelector('.opblock[id^="operations-"][id$="-' + CSS.escape(operationId) + '"]');

/** What find gives once it gives something, looking every 50 ms for up to 5 s (Swagger UI renders late); else null. */
const whenShown = async (find) => {
  for (let tries = 0; tries < 100; tries++) {
    const found = find();
    if (found) return found;
    await new Promise((done) => setTimeout(done, 50));
  }
  return null;
};

/** Opens an operation (and its Try it out), scrolls to it, and gives back its element once shown. */
const openOperation = async (operationId) => {
  const element = await whenShown(() => operationElement(operationId));
  if (!element) return null;
  // Swagger UI listens on the summary's button, not on the row around it.
  if (!element.classList.contains('is-open')) (element.querySelector('.opblock-summary-control') || element.querySelector('.opblock-summary')).click();
  await whenShown(() => element.querySelector('.parameters-container, .opblock-body'));
  const tryOut = element.querySelector('button.try-out__btn');
  if (tryOut && /Try it out/.test(tryOut.textContent)) tryOut.click();
  element.scrollIntoView({ block: 'start' });
  return element;
};

/** Sets an input the way typing does, so React (Swagger UI) sees the change. */
const typeInto = (input, value) => {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value').set;
  setter.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
};
/**
 * Fills a parameter in Swagger UI's state at once (its text fields pass typing on only after a
 * 300 ms pause, so a quick Execute would find the field empty) and shows it in the field.
 */
const fillParameter = async (element, target, name, where, value) => {
  const input = await whenShown(() => element.querySelector('tr[data-param-name="' + name + '"][data-param-in="' + where + '"] input'));
  const parameters = window.ui.specSelectors.specJson().getIn(['paths', target.path, target.method, 'parameters']);
  const parameter = parameters && parameters.find((each) => each.get('name') === name && each.get('in') === where);
  if (parameter) window.ui.specActions.changeParamByIdentity([target.path, target.method], parameter, value);
  if (input) typeInto(input, value);
};

const nextFrame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));

/**
 * Opens the operation for one record, with its id (and for an invitation, the candidate) filled in.
 * A read runs at once, as following a link would; a change waits for the person's Execute.
 */
const act = async (operationId, record) => {
  const target = operationsById()[operationId];
  const element = await openOperation(operationId);
  if (!element || !target) return;
  if (record.pathId) await fillParameter(element, target, 'id', 'path', record.pathId);
  if (record.query) for (const [name, value] of Object.entries(record.query)) await fillParameter(element, target, name, 'query', value);
  if (record.body) window.ui.oas3Actions.setRequestBodyValue({ value: JSON.stringify(record.body, null, 2), pathMethod: [target.path, target.method] });
  if (target.method === 'get') {
    // Execute reads the parameters from what is rendered: let the filled values render first.
    await nextFrame();
    const execute = element.querySelector('button.execute');
    if (execute) execute.click();
  }
};

const labelOf = (item) => item.title || item.name || item.needTitle || item.candidateName || item.expertName || item.counterpartName || item.entityName || '';
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The records of an answer and, for each, the operations a person may take on it next. */
const recordActions = (url, parsed) => {
  const collection = (/\\/v1\\/([a-z-]+)/.exec(new URL(url, location.href).pathname) || [])[1];
  if (!collection || !parsed || typeof parsed !== 'object') return [];
  const operations = operationsById();
  const allowed = (operationId) => !actionRoles[operationId] || !signedInRole || actionRoles[operationId].includes(signedInRole);
  if (Array.isArray(parsed.candidates) && parsed.needId) {
    return parsed.candidates.filter((candidate) => candidate && uuidPattern.test(candidate.id || '')).map((candidate) => ({
      label: candidate.name || candidate.id,
      actions: allowed('proposeMatch') && operations.proposeMatch
        ? [{ operationId: 'proposeMatch', text: '邀请 · ' + chinese(operations.proposeMatch.summary), record: { pathId: parsed.needId, body: { candidateKind: candidate.kind, candidateId: candidate.id } } }]
        : [],
    }));
  }
  const items = Array.isArray(parsed.items) ? parsed.items : [parsed];
  const own = new RegExp('^/v1/' + collection + '/\\\\{id\\\\}(/[a-z-]+)?$');
  const onRecord = Object.entries(operations).filter(([operationId, operation]) => own.test(operation.path) && allowed(operationId) &&
    !(operation.method === 'get' && operation.path === '/v1/' + collection + '/{id}'));
  return items.filter((item) => item && uuidPattern.test(item.id || '')).map((item) => {
    const actions = onRecord.map(([operationId, operation]) => ({ operationId, text: chinese(operation.summary), record: { pathId: item.id } }));
    if (operations.listAuditEvents && allowed('listAuditEvents') && signedInRole && collection !== 'audit-events') {
      actions.push({ operationId: 'listAuditEvents', text: '查看审计记录 · 谁改了什么', record: { query: { entityId: item.id } } });
    }
    return { label: labelOf(item) || item.id, status: item.reviewStatus || item.status || '', actions };
  }).filter((row) => row.actions.length > 0);
};

/** Under a JSON answer: each record by name with a menu of what to do with it next. */
const recordActionsPanel = (h, url, text) => {
  let parsed;
  try { parsed = JSON.parse(text); } catch { return null; }
  const rows = recordActions(url, parsed).slice(0, 50);
  if (rows.length === 0) return null;
  return h('div', { className: 'record-actions' },
    h('h5', null, '下一步 · Next: 选择要对某条记录做的事'),
    h('table', null, h('tbody', null, rows.map((row, index) => h('tr', { key: index },
      h('td', null, row.label),
      h('td', null, row.status),
      h('td', null, h('select', {
        'aria-label': '对“' + row.label + '”的操作',
        defaultValue: '',
        onChange: (event) => { const chosen = row.actions[Number(event.target.value)]; event.target.value = ''; if (chosen) act(chosen.operationId, chosen.record); },
      }, h('option', { value: '' }, '选择操作…'), row.actions.map((action, position) => h('option', { key: position, value: String(position) }, action.text)))))))));
};

const renderGuide = (role) => {
  const guide = document.getElementById('guide');
  guide.textContent = '';
  const roles = role ? [role] : Object.keys(guides);
  for (const each of roles) {
    const section = document.createElement('section');
    const heading = document.createElement('h3');
    heading.textContent = (role ? '' : '如果您是') + roleLabels[each] + (role ? '：常用操作' : '');
    const list = document.createElement('ol');
    for (const [title, operationId, how] of guides[each]) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.textContent = title;
      link.dataset.operation = operationId;
      link.addEventListener('click', (event) => { event.preventDefault(); openOperation(operationId); });
      item.append(link, '：' + how);
      list.append(item);
    }
    section.append(heading, list);
    guide.append(section);
  }
};

/** Who the stored key belongs to: the header says so, and the guide narrows to that role. */
const showSignedIn = async (key) => {
  const status = document.getElementById('signed-in');
  try {
    const response = await fetch('/v1/me', { headers: { authorization: 'Bearer ' + key } });
    if (!response.ok) { status.textContent = '密钥无效或已停用 · This key is not valid'; status.style.color = '#b00020'; signedInRole = null; renderGuide(null); return; }
    const me = await response.json();
    signedInRole = me.role;
    status.style.color = '';
    const actsFor = me.enterpriseName || me.expertName || me.parkName;
    status.textContent = '已登录 · Signed in：' + (roleLabels[me.role] || me.role) + (actsFor ? ' · ' + actsFor : '') + (me.keyName ? '（' + me.keyName + '）' : '');
    renderGuide(me.role);
  } catch {
    status.textContent = '暂时无法连接服务 · The service cannot be reached';
  }
};

const storedKey = () => {
  try { return JSON.parse(localStorage.getItem('authorized') || '{}').apiKey?.value || null; } catch { return null; }
};

const startWorkplace = () => {
  renderGuide(null);
  const form = document.getElementById('sign-in');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const key = form.key.value.trim();
    if (!key) return;
    window.ui.preauthorizeApiKey('apiKey', key);
    form.key.value = '';
    showSignedIn(key);
  });
  const key = storedKey();
  if (key) showSignedIn(key);
};
`

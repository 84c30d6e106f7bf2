import { workplaceHeader, workplaceScript, workplaceStyle } from './docs.workplace.js'

/** The Swagger UI page park staff use: sign in with an API key, follow the guide for one's role, act on records. */
export function renderDocsPage(assetsBase: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>科创中国 产需对接服务 API</title>
  <link rel="stylesheet" href="${assetsBase}/swagger-ui.css">
  ${workplaceStyle}
</head>
<body>
  ${workplaceHeader}
  <div id="swagger-ui"></div>
  <script src="${assetsBase}/swagger-ui-bundle.js"></script>
  <script src="/docs/init.js"></script>
</body>
</html>
`
}

/**
 * Examples show; they never act. Swagger UI fills every empty parameter with its documented example
 * when "Try it out" opens, and every request body with a sample built from the examples. Sent as
 * they are, those act: a sample id is a 404 ("No park 3f6c…"), a sample ETag a 412, one shared
 * Idempotency-Key turns every later create of that key into a 422 for a day, and a canned review
 * comment is recorded as the officer's own judgement. So:
 * - a parameter (path, query or header) that would be set to exactly its example starts empty
 *   instead (the example stays in the document and its schema view);
 * - a request body's sample keeps its shape but not the document's sample ids (left out: the
 *   person adds the real ones) nor its sample comments, reasons and messages (left empty for the
 *   person's own words); a body the person pastes into the empty editor is left as it is;
 * - a write gets a fresh Idempotency-Key on every Execute unless the person typed one.
 */
export const docsInitScript = `${workplaceScript}
const personalFields = /^(comment|reason|declineReason|withdrawReason|message)$/;
// Only the document's own example values are taken out: a body a person pastes keeps its real ids and words.
// Collected once per loaded document, not each time an operation's editor fills.
let documentStrings = { spec: null, strings: new Set() };
const stringsOf = (spec) => {
  if (documentStrings.spec === spec) return documentStrings.strings;
  const found = new Set();
  const walk = (node) => {
    if (typeof node === 'string') found.add(node);
    else if (node && typeof node === 'object') Object.values(node).forEach(walk);
  };
  walk(spec.toJS());
  documentStrings = { spec, strings: found };
  return found;
};
const withoutActingValues = (value, examples, key) => {
  const sampleId = (item) => typeof item === 'string' && uuidPattern.test(item) && examples.has(item);
  if (Array.isArray(value)) return value.filter((item) => !sampleId(item)).map((item) => withoutActingValues(item, examples));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, item]) => !sampleId(item)).map(([field, item]) => [field, withoutActingValues(item, examples, field)]));
  }
  if (typeof value === 'string' && personalFields.test(key ?? '') && examples.has(value)) return '';
  return value;
};
const examplesShowNeverAct = () => ({
  statePlugins: {
    spec: {
      wrapActions: {
        changeParamByIdentity: (original, system) => (pathMethod, param, value, isXml) => {
          const current = system.specSelectors.parameterWithMetaByIdentity(pathMethod, param);
          const example = param.get('example') ?? param.getIn(['schema', 'example']);
          const prefill = example !== undefined && current !== undefined && current.get('value') === undefined &&
            value !== null && value !== '' && String(value) === String(example);
          return original(pathMethod, param, prefill ? null : value, isXml);
        },
      },
    },
    oas3: {
      wrapActions: {
        setRequestBodyValue: (original, system) => ({ value, pathMethod }) => {
          const current = system.oas3Selectors.requestBodyValue(...pathMethod);
          if (typeof value === 'string' && (current === undefined || current === null || current === '')) {
            try {
              const examples = stringsOf(system.specSelectors.specJson());
              return original({ value: JSON.stringify(withoutActingValues(JSON.parse(value), examples), null, 2), pathMethod });
            } catch {}
          }
          return original({ value, pathMethod });
        },
      },
    },
  },
});
const freshIdempotencyKey = (request) => {
  const method = (request.method || 'GET').toUpperCase();
  const headers = request.headers || (request.headers = {});
  const name = Object.keys(headers).find((header) => header.toLowerCase() === 'idempotency-key');
  if (['POST', 'PUT', 'PATCH'].includes(method) && (!name || headers[name] === '')) {
    if (name) delete headers[name];
    headers['Idempotency-Key'] = crypto.randomUUID();
  }
  return request;
};
const dispositionName = (headers) => /filename="?([^";]+)"?/i.exec(headers['content-disposition'] || headers['Content-Disposition'] || '')?.[1];
/**
 * Outputs arrive as outputs: Swagger UI shows an SVG chart as its XML source (and downloads it as
 * response_<n>.xml), and rebuilds a downloaded CSV from decoded text, which drops the BOM that
 * Excel needs to read UTF-8 (起始日期 would show as 璧峰鏃ユ湡). So a chart is shown as the
 * image it is, and a CSV is offered for download with its BOM and its own file name.
 */
const outputsAsOutputs = (system) => ({
  wrapComponents: {
    responseBody: (Original) => (props) => {
      const h = system.React.createElement;
      const type = props.contentType || '';
      const text = typeof props.content === 'string' ? props.content : null;
      if (text !== null && /json/i.test(type) && props.url) {
        const next = recordActionsPanel(h, props.url, text);
        return next ? h('div', null, h(Original, props), next) : h(Original, props);
      }
      if (text === null || !/^(image\\/svg\\+xml|text\\/csv)/i.test(type)) return h(Original, props);
      const csv = /^text\\/csv/i.test(type);
      const name = dispositionName(props.headers || {}) || (csv ? 'report.csv' : 'chart.svg');
      const file = new Blob([csv && !text.startsWith('\\uFEFF') ? '\\uFEFF' + text : text], { type: csv ? 'text/csv;charset=utf-8' : 'image/svg+xml' });
      const link = h('a', { href: URL.createObjectURL(file), download: name, className: 'download-output' }, csv ? '下载 CSV（Excel 可直接打开）· Download ' + name : '下载图表 · Download ' + name);
      const shown = csv
        ? h('pre', { className: 'microlight' }, text)
        : h('img', { className: 'chart-output', alt: name, style: { maxWidth: '100%', background: '#fff' }, src: 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(text) });
      return h('div', null, h('h5', null, 'Response body'), h('p', null, link), shown);
    },
  },
});
window.ui = SwaggerUIBundle({
  url: '/openapi.json',
  dom_id: '#swagger-ui',
  deepLinking: true,
  persistAuthorization: true,
  tryItOutEnabled: true,
  displayRequestDuration: true,
  filter: true,
  docExpansion: 'list',
  plugins: [examplesShowNeverAct, outputsAsOutputs],
  requestInterceptor: freshIdempotencyKey,
  onComplete: startWorkplace,
});
`

/** Only these files of swagger-ui-dist are served; nothing else under node_modules is reachable. */
export const docsAssetTypes: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
}

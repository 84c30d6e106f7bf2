/** The Swagger UI page park staff use: authorise with an API key, then try every call. */
export function renderDocsPage(assetsBase: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>科创中国 产需对接服务 API</title>
  <link rel="stylesheet" href="${assetsBase}/swagger-ui.css">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="${assetsBase}/swagger-ui-bundle.js"></script>
  <script src="/docs/init.js"></script>
</body>
</html>
`
}

/**
 * Swagger UI fills an empty parameter with its documented example when "Try it out" opens. For
 * optional query filters that turns a first "Execute" into a filtered (often empty) list, and an
 * example cursor skips everything newer than it. So those start empty (the examples stay in the
 * document). Detected as: an optional query parameter without a value being set to exactly its
 * example.
 */
export const docsInitScript = `const optionalFiltersStartEmpty = () => ({
  statePlugins: {
    spec: {
      wrapActions: {
        changeParamByIdentity: (original, system) => (pathMethod, param, value, isXml) => {
          const current = system.specSelectors.parameterWithMetaByIdentity(pathMethod, param)
          const example = param.get('example') ?? param.getIn(['schema', 'example'])
          const prefill = param.get('in') === 'query' && !param.get('required') && example !== undefined &&
            current !== undefined && current.get('value') === undefined && value !== null && String(value) === String(example)
          return original(pathMethod, param, prefill ? null : value, isXml)
        },
      },
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
  plugins: [optionalFiltersStartEmpty],
});
`

/** Only these files of swagger-ui-dist are served; nothing else under node_modules is reachable. */
export const docsAssetTypes: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
}

// The GraphQL explorer: GraphiQL from the service's own files, one tab per saved example operation.
(function () {
  'use strict';
  const examples = JSON.parse(document.getElementById('examples').textContent);
  const send = GraphiQL.createFetcher({ url: window.location.pathname });
  const definesOperation = (query, name) =>
    new RegExp('\\b(query|mutation|subscription)\\s+' + name + '\\b').test(query);
  // Right after a tab switch GraphiQL can still hold the previous tab's operation name; a name the
  // document does not define would be refused, so the document's own operation runs instead.
  const fetcher = (params, options) =>
    send(
      params.operationName && !definesOperation(params.query, params.operationName)
        ? { ...params, operationName: undefined }
        : params,
      options,
    );
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultTabs: examples.map((example) => ({ query: example.document, headers: '{}' })),
      defaultEditorToolsVisibility: 'headers',
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: false,
      storage: {
        // Tabs restored from an earlier visit would hide examples added since; each visit starts afresh.
        getItem: () => null,
        setItem: () => {},
        removeItem: () => {},
        clear: () => {},
        length: 0,
      },
    }),
  );
})();

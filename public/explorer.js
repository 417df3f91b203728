// The GraphQL explorer: GraphiQL from the service's own files, one tab per saved example operation.
(function () {
  'use strict';
  const examples = JSON.parse(document.getElementById('examples').textContent);
  const fetcher = GraphiQL.createFetcher({ url: window.location.pathname });
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

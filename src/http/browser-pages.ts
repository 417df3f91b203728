import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import Negotiator from 'negotiator';
import { badInput, languageParameterMessages } from '../common/errors';
import { Language, languageOfTag, languagesFromHeader } from '../common/language';

/** The repository's folders; compiled code runs from dist/src/http/. */
const repositoryRoot = path.resolve(__dirname, '../../..');
const publicDirectory = path.join(repositoryRoot, 'public');
const examplesDirectory = path.join(repositoryRoot, 'examples');

/** A file of an installed package, beside its package.json (the packages do not export these paths). */
const packageFile = (packageJson: string, file: string) => path.join(path.dirname(packageJson), file);

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * The files the browser pages load, all from the service itself (no CDN: the pages work offline and
 * under a content security policy of `script-src 'self'`). URL → file.
 */
const assets: Record<string, string> = {
  '/assets/react.production.min.js': packageFile(
    require.resolve('react/package.json'),
    'umd/react.production.min.js',
  ),
  '/assets/react-dom.production.min.js': packageFile(
    require.resolve('react-dom/package.json'),
    'umd/react-dom.production.min.js',
  ),
  '/assets/graphiql.min.js': packageFile(require.resolve('graphiql/package.json'), 'graphiql.min.js'),
  '/assets/graphiql.min.css': packageFile(require.resolve('graphiql/package.json'), 'graphiql.min.css'),
  '/assets/echarts.min.js': packageFile(require.resolve('echarts/package.json'), 'dist/echarts.min.js'),
  '/assets/explorer.js': path.join(publicDirectory, 'explorer.js'),
  '/assets/insights.js': path.join(publicDirectory, 'insights.js'),
  '/assets/pages.css': path.join(publicDirectory, 'pages.css'),
};

/**
 * GET /assets/…, the scripts and styles of the explorer and the insights page, read once at start; and
 * GET /insights (its pages built at start too), the page of charts, in the language of `?lang=` or else Accept-Language (fi, sv, en).
 */
export async function browserPageRoutes(app: FastifyInstance, options: { examples: Example[] }) {
  for (const [url, file] of Object.entries(assets)) {
    const body = await readFile(file);
    const type = contentTypes[path.extname(file)];
    app.get(url, (_request, reply) =>
      reply.type(type).header('cache-control', 'public, max-age=3600').send(body),
    );
  }
  const insights = options.examples.find((example) => example.name === 'Insights');
  if (!insights) throw new Error("examples/Insights.graphql, the insights page's operation, is missing");
  // Built once per language: nothing else in the page differs between requests.
  const insightsPages = new Map(
    Object.values(Language).map((language) => [
      language,
      insightsPage(language.toLowerCase(), insights.document),
    ]),
  );
  app.get<{ Querystring: { lang?: unknown } }>('/insights', async (request, reply) => {
    const { lang } = request.query;
    const asked = languageOfTag(lang);
    if (lang !== undefined && !asked) throw badInput(languageParameterMessages, 'lang');
    const language = asked ?? languagesFromHeader(request.headers['accept-language'])[0] ?? Language.FI;
    const code = language.toLowerCase();
    return reply
      .type('text/html; charset=utf-8')
      .header('content-language', code)
      .header('vary', 'accept-language')
      .send(insightsPages.get(language));
  });
}

const insightsTitles: Record<string, string> = {
  fi: 'Kuntien digitalisaation kannustinjärjestelmä lukuina',
  sv: 'Incitamentsystemet för digitalisering i kommunerna i siffror',
  en: 'Incentive grants for municipal digitalisation in figures',
};

/**
 * The insights page: a frame that public/insights.js fills with charts (ECharts, SVG) and tables from one
 * GraphQL operation, examples/Insights.graphql, which travels in a JSON data block.
 */
function insightsPage(lang: string, operation: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(insightsTitles[lang])}</title>
<link rel="stylesheet" href="/assets/pages.css">
</head>
<body class="insights">
<main id="insights" aria-busy="true"></main>
<script type="application/json" id="operation">${htmlSafeJson(operation)}</script>
<script src="/assets/echarts.min.js"></script>
<script src="/assets/insights.js"></script>
</body>
</html>
`;
}

/** Whether a request is a browser's visit (it prefers HTML to JSON), not an API call. */
export function wantsHtml(request: FastifyRequest): boolean {
  if (request.method !== 'GET') return false;
  const preferred = new Negotiator(request).mediaType(['application/json', 'text/html']);
  return preferred === 'text/html';
}

/** Text safe inside an HTML element or a `<script type="application/json">` block. */
const htmlSafeJson = (value: unknown) =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A saved example operation: its name and its document (one named operation per `.graphql` file). */
export interface Example {
  name: string;
  document: string;
}

/** The examples of examples/, in file-name order. */
export async function readExamples(directory = examplesDirectory): Promise<Example[]> {
  const files = (await readdir(directory)).filter((file) => file.endsWith('.graphql')).sort();
  return Promise.all(
    files.map(async (file) => ({
      name: path.basename(file, '.graphql'),
      document: await readFile(path.join(directory, file), 'utf8'),
    })),
  );
}

/**
 * The explorer's page: GraphiQL with the Headers panel open (for `Authorization: Bearer …`) and one tab per
 * example. The examples travel as a JSON data block, which a content security policy lets through.
 */
export function explorerPage(examples: Example[]): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>digikannustin · GraphQL explorer</title>
<link rel="stylesheet" href="/assets/graphiql.min.css">
<link rel="stylesheet" href="/assets/pages.css">
</head>
<body class="explorer">
<div id="graphiql">Loading the explorer…</div>
<script type="application/json" id="examples">${htmlSafeJson(examples)}</script>
<script src="/assets/react.production.min.js"></script>
<script src="/assets/react-dom.production.min.js"></script>
<script src="/assets/graphiql.min.js"></script>
<script src="/assets/explorer.js"></script>
</body>
</html>
`;
}

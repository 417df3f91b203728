// Raw documents (server.rawQuery) in this file: the examples/ files are read at run time, as the explorer reads them.
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { Kind, type OperationDefinitionNode, parse } from 'graphql';
import type { Browser, Page } from 'playwright-core';
import { readExamples } from '../src/http/browser-pages';
import { launchChromium } from './helpers/chromium';
import { signIn } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';

const browserAccept = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const readme = fs.readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');

/** The operations of a document, each with its name. */
function operations(document: string): OperationDefinitionNode[] {
  return parse(document).definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
}

/** The README's block of example operations (the first ```graphql block of "Example queries"). */
function readmeExamples(): string {
  const section = readme.slice(readme.indexOf('## Example queries'));
  return /```graphql\n([\s\S]*?)```/.exec(section)![1];
}

/** Waits until GraphiQL's result pane shows the text. */
const responseShows = (page: Page, text: string) =>
  page.locator('.graphiql-response', { hasText: text }).waitFor();

/** Opens an example's tab and runs it once its operation is in the editor. */
async function runExample(page: Page, name: string) {
  await page.getByRole('tab', { name }).click();
  await page.locator('.graphiql-query-editor', { hasText: `query ${name}` }).waitFor();
  await page.locator('.graphiql-execute-button').click();
}

describe('the explorer at /graphql and its saved examples', () => {
  let server: TestServer;

  before(async () => {
    server = await startTestServer();
  });
  after(() => server.stop());

  describe('over HTTP', () => {
    it('serves a browser the explorer page from its own files under a CSP without unsafe-inline scripts', async () => {
      const response = await fetch(server.url, { headers: { accept: browserAccept } });
      expect(response.status).to.equal(200);
      expect(response.headers.get('content-type')).to.equal('text/html; charset=utf-8');
      const csp = response.headers.get('content-security-policy')!;
      expect(csp).to.contain("script-src 'self';");
      expect(csp).to.contain("default-src 'self'");
      const html = await response.text();
      const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
      expect(sources).to.have.length.greaterThan(3);
      for (const source of sources) {
        expect(source, 'a path on this service, no CDN').to.match(/^\/assets\//);
        const asset = await fetch(`${server.origin}${source}`);
        expect(asset.status, source).to.equal(200);
        expect((await asset.arrayBuffer()).byteLength, source).to.be.greaterThan(100);
      }
      // No inline script but the examples' JSON data block, which a CSP does not run.
      const inline = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].filter((match) =>
        match[2].trim(),
      );
      expect(inline.map((match) => match[1].trim())).to.deep.equal(['type="application/json" id="examples"']);
    });

    it('still answers API clients with JSON: a GET with an operation, or one that does not ask for HTML', async () => {
      const withQuery = await fetch(`${server.url}?query=${encodeURIComponent('{ __typename }')}`, {
        headers: { accept: browserAccept, 'apollo-require-preflight': 'true' },
      });
      expect(await withQuery.json()).to.deep.include({ data: { __typename: 'Query' } });
      const plain = await fetch(server.url, { headers: { accept: 'application/json' } });
      expect(plain.headers.get('content-type')).to.match(/^application\/json/);
      const posted = await server.rawQuery('{ __typename }', {}, { headers: { accept: browserAccept } });
      expect(posted.data).to.deep.equal({ __typename: 'Query' });
    });
  });

  describe('examples/', () => {
    it('holds one named operation per file, named as the file, and the explorer offers each', async () => {
      const examples = await readExamples();
      expect(examples.length).to.be.greaterThan(3);
      const page = await (await fetch(server.url, { headers: { accept: browserAccept } })).text();
      for (const example of examples) {
        const [operation, ...others] = operations(example.document);
        expect(others, example.name).to.deep.equal([]);
        expect(operation.name?.value, example.name).to.equal(example.name);
        expect(page).to.contain(`"name":"${example.name}"`);
      }
    });

    it('runs every example against the server without an error', async () => {
      for (const example of await readExamples()) {
        const { data, errors } = await server.rawQuery(example.document);
        expect(errors, example.name).to.equal(undefined);
        expect(
          Object.values(data ?? {}).every((value) => value !== null),
          example.name,
        ).to.equal(true);
      }
    });

    it("the README's example block is one valid document of the same operations", async () => {
      const block = readmeExamples();
      const names = operations(block).map((operation) => operation.name?.value);
      expect([...names].sort()).to.deep.equal((await readExamples()).map((example) => example.name));
      for (const operationName of names) {
        const response = await fetch(server.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: block, operationName }),
        });
        const body = (await response.json()) as { errors?: unknown[] };
        expect(body.errors, operationName).to.equal(undefined);
      }
    });
  });

  describe('in headless Chromium', function () {
    let browser: Browser | null;
    let page: Page;
    const outside: string[] = [];

    before(async function () {
      browser = await launchChromium();
      if (!browser) return this.skip();
      page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      page.on('request', (request) => {
        if (!request.url().startsWith(server.origin)) outside.push(request.url());
      });
    });
    after(() => browser?.close());

    it('opens the explorer, runs a saved example and shows its result, loading nothing from elsewhere', async () => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error' && !message.text().includes('404')) errors.push(message.text());
      });
      await page.goto(server.url);
      await runExample(page, 'LargestGrants');
      const expected = await server.rawQuery(
        '{ awards(orderBy: { field: AMOUNT, direction: DESC }, first: 1) { nodes { grantedAmount } } }',
      );
      const amount = expected.data!.awards.nodes[0].grantedAmount;
      await responseShows(page, `"grantedAmount": "${amount}"`);
      expect(errors).to.deep.equal([]);
      expect(outside).to.deep.equal([]);
    });

    it('sends the token from the Headers panel', async () => {
      const person = await signIn(server, {
        sub: 'explorer-analyst',
        roles: ['applicant'],
        municipalities: ['091'],
      });
      await page.goto(server.url);
      await page.getByRole('tab', { name: 'WhoAmI' }).click();
      await page.locator('.graphiql-query-editor', { hasText: 'query WhoAmI' }).waitFor();
      await page.locator('.graphiql-editor-tool .graphiql-editor').last().click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.insertText(JSON.stringify({ Authorization: `Bearer ${person.token}` }));
      await page.locator('.graphiql-execute-button').click();
      await responseShows(page, `"role": "APPLICANT"`);
      await responseShows(page, `"userId": "${person.userId}"`);
    });
  });
});

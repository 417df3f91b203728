import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { printSubgraphSdl } from '../schema-sdl';

/** Writes the subgraph SDL that partners compose to schema/schema.graphql. */
async function main(): Promise<void> {
  const target = path.resolve(__dirname, '../../../schema/schema.graphql');
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, await printSubgraphSdl());
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

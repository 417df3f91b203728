import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import type { Change } from '@graphql-inspector/core';
import { compareSchemas } from '../schema-evolution';
import { printSubgraphSdl } from '../schema-sdl';

const usage = `usage: check-schema [--baseline <file>] [--update-baseline]

Compares the subgraph SDL the code prints with the published baseline (schema/baseline.graphql) and
exits 1 on a breaking change: a removed field, argument, enum value or type, a changed type, a new
required argument. A removal is allowed when the baseline had deprecated it with @deprecated(reason:).
--update-baseline publishes the current SDL as the new baseline, only when nothing breaks.`;

function parseArgs(argv: string[]): { baseline: string; update: boolean } {
  let baseline = path.resolve(__dirname, '../../../schema/baseline.graphql');
  let update = false;
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--baseline' && argv[i + 1]) baseline = path.resolve(argv[(i += 1)]);
    else if (argv[i] === '--update-baseline') update = true;
    else throw new Error(usage);
  }
  return { baseline, update };
}

const line = (mark: string, change: Change) =>
  `  ${mark} ${change.message}${change.path ? `  (${change.path})` : ''}`;

async function main(): Promise<number> {
  const { baseline, update } = parseArgs(process.argv.slice(2));
  const current = await printSubgraphSdl();
  const { breaking, dangerous, safe } = await compareSchemas(fs.readFileSync(baseline, 'utf8'), current);
  const shown = path.relative(process.cwd(), baseline);
  for (const change of breaking) console.log(line('BREAKING ', change));
  for (const change of dangerous) console.log(line('dangerous', change));
  console.log(
    `${breaking.length} breaking, ${dangerous.length} dangerous, ${safe.length} safe change(s) against ${shown}`,
  );
  if (breaking.length > 0) {
    console.log(
      'Deprecate a field with @deprecated(reason: "…") and publish that first; remove it in a later release.',
    );
    return 1;
  }
  if (update) {
    fs.writeFileSync(baseline, current);
    console.log(`published the current SDL as ${shown}`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);

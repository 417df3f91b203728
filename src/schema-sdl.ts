import { printSubgraphSchema } from '@apollo/subgraph';
import { buildSubgraph } from './schema';

/** The subgraph SDL as partners compose it: `@link`, `@key` and the rest, as schema/schema.graphql holds it. */
export async function printSubgraphSdl(): Promise<string> {
  return `${printSubgraphSchema(await buildSubgraph()).trim()}\n`;
}

/**
 * The documents of issue 10 that took the service down before it had query limits, shared by
 * test/query-limits.test.ts (what is refused, and how) and bench/abuse.ts (how fast).
 */

const repeat = (count: number, item: (i: number) => string, separator = ' ') =>
  Array.from({ length: count }, (_, i) => item(i)).join(separator);

/** 6 000 aliased pages of 100 awards in a 767 kB body, laid out as a Windows client sends it. */
export const aliasBomb = (aliases = 6000) =>
  `query AliasBomb {\r\n${repeat(
    aliases,
    (i) =>
      `    awards${String(i).padStart(4, '0')}: awards(first: 100) {\r\n        nodes {\r\n            id\r\n            grantedAmount\r\n        }\r\n    }`,
    '\r\n',
  )}\r\n}`;

/** A fragment that spreads the previous one on two paths at each level: 2^levels paths through `proposal`. */
export function fragmentDoubling(levels: number): string {
  let document = `query FragmentDoubling { applications(first: 100) { nodes { ...P${levels} } } }\n`;
  document += 'fragment P0 on Application { id projectName { fi sv } }\n';
  for (let i = 1; i <= levels; i++) {
    document += `fragment P${i} on Application { a: proposal { ...P${i - 1} } b: proposal { ...P${i - 1} } }\n`;
  }
  return document;
}

/** `call.proposalCall.proposalCall…key`: `depth` levels of fields (3 × depth + 5 tokens). */
export const nestedCalls = (depth: number) =>
  `{ call(key: "2020") {${' proposalCall {'.repeat(depth - 2)} key${' }'.repeat(depth - 2)} } }`;

/** One field asked for `count` times at one level: graphql-js compares every pair before it runs anything. */
export const sameFieldRepeated = (count: number) =>
  `{ awards { nodes {${' application { id }'.repeat(count)} } } }`;

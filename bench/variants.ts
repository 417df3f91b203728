import type { BenchmarkSwitches } from '../src/server';

/**
 * The builds `npm run bench` runs side by side. Each is the production service (bench/serve.ts) with
 * switches that exist for the benchmark only; `baseline` is the hand-written server (bench/baseline.ts).
 */
export interface Variant {
  name: 'full' | 'shield-off' | 'naive' | 'cache' | 'baseline';
  description: string;
  switches: BenchmarkSwitches;
  /** false: DataLoader batches nothing (one statement per key), as code without loaders would. */
  batching: boolean;
  /** Configuration the variant adds to the environment of the service. */
  env: Record<string, string>;
}

const measured: BenchmarkSwitches = { statementsHeader: true };
/** The response cache is on by default; the variants that measure work leave it off. */
const uncached = { RESPONSE_CACHE_MAX_AGE_S: '0' };

export const variants: Variant[] = [
  {
    name: 'full',
    description: 'the full build (response cache off)',
    switches: measured,
    batching: true,
    env: uncached,
  },
  {
    name: 'shield-off',
    description: 'no graphql-shield middleware',
    switches: { ...measured, permissions: false },
    batching: true,
    env: uncached,
  },
  {
    name: 'naive',
    description: 'loaders off: one statement per key',
    switches: measured,
    batching: false,
    env: uncached,
  },
  {
    name: 'cache',
    description: 'the public response cache on (its default, 60 s)',
    switches: measured,
    batching: true,
    env: { RESPONSE_CACHE_MAX_AGE_S: '60' },
  },
  {
    name: 'baseline',
    description: 'hand-written node:http + graphql-js + mysql2 (Q2 only)',
    switches: {},
    batching: true,
    env: {},
  },
];

export const variantNamed = (name: string): Variant | undefined =>
  variants.find((variant) => variant.name === name);

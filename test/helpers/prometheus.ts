/** One sample of Prometheus' text exposition format (version 0.0.4). */
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface Exposition {
  samples: Sample[];
  /** Family name → counter, gauge, histogram, summary or untyped. */
  types: Map<string, string>;
  /** The value of the sample with exactly these labels (no more, no fewer); undefined when absent. */
  value(name: string, labels?: Record<string, string>): number | undefined;
  /** Every sample of a name. */
  series(name: string): Sample[];
}

const sampleLine = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?[ ]+(\S+)(?:[ ]+-?\d+)?$/;
const metadataLine = /^# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*)(?: (.*))?$/;
const types = new Set(['counter', 'gauge', 'histogram', 'summary', 'untyped']);

/** Prometheus reads values with Go's ParseFloat, whose NaN and Inf ignore case (prom-client writes `Nan`). */
function parseValue(text: string, line: string): number {
  if (/^\+?inf$/i.test(text)) return Infinity;
  if (/^-inf$/i.test(text)) return -Infinity;
  if (/^nan$/i.test(text)) return NaN;
  const value = Number(text);
  if (!/^-?\d/.test(text) || Number.isNaN(value)) throw new Error(`Not a sample value in: ${line}`);
  return value;
}

/** `a="x",b="y \"quoted\""` → { a: 'x', b: 'y "quoted"' }, with the format's three escapes. */
function parseLabels(text: string, line: string): Record<string, string> {
  const labels: Record<string, string> = {};
  let at = 0;
  while (at < text.length) {
    const name = /^([a-zA-Z_][a-zA-Z0-9_]*)="/.exec(text.slice(at));
    if (!name) throw new Error(`Bad label at ${at} in: ${line}`);
    at += name[0].length;
    let value = '';
    for (;;) {
      if (at >= text.length) throw new Error(`Unterminated label value in: ${line}`);
      const char = text[at++];
      if (char === '"') break;
      if (char !== '\\') {
        value += char;
        continue;
      }
      const escaped = text[at++];
      if (escaped === 'n') value += '\n';
      else if (escaped === '\\' || escaped === '"') value += escaped;
      else throw new Error(`Bad escape \\${escaped} in: ${line}`);
    }
    if (name[1] in labels) throw new Error(`Label ${name[1]} twice in: ${line}`);
    labels[name[1]] = value;
    if (text[at] === ',') at += 1;
    else if (at < text.length) throw new Error(`Expected , at ${at} in: ${line}`);
  }
  return labels;
}

/** The family a sample belongs to: a histogram's and a summary's samples carry a suffix. */
function familyOf(name: string, declared: Map<string, string>): string | undefined {
  if (declared.has(name)) return name;
  const base = name.replace(/_(bucket|sum|count)$/, '');
  const type = declared.get(base);
  return type === 'histogram' || type === 'summary' ? base : undefined;
}

/**
 * A strict reader of the text format: any line that is not HELP, TYPE or a well-formed sample of a family
 * declared before it fails, so that a malformed exposition cannot pass a test by accident.
 */
export function parseExposition(text: string): Exposition {
  const samples: Sample[] = [];
  const declared = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (line === '') continue;
    if (line.startsWith('#')) {
      const metadata = metadataLine.exec(line);
      if (!metadata) throw new Error(`Unexpected comment: ${line}`);
      if (metadata[1] === 'TYPE') {
        if (!types.has(metadata[3] ?? '')) throw new Error(`Unknown type in: ${line}`);
        if (declared.has(metadata[2])) throw new Error(`Family declared twice: ${line}`);
        declared.set(metadata[2], metadata[3]);
      }
      continue;
    }
    const match = sampleLine.exec(line);
    if (!match) throw new Error(`Not a sample: ${line}`);
    if (!familyOf(match[1], declared)) throw new Error(`Sample of an undeclared family: ${line}`);
    samples.push({
      name: match[1],
      labels: match[2] ? parseLabels(match[2], line) : {},
      value: parseValue(match[3], line),
    });
  }
  const sameLabels = (a: Record<string, string>, b: Record<string, string>) =>
    Object.keys(a).length === Object.keys(b).length && Object.entries(b).every(([k, v]) => a[k] === v);
  return {
    samples,
    types: declared,
    value: (name, labels = {}) =>
      samples.find((sample) => sample.name === name && sameLabels(sample.labels, labels))?.value,
    series: (name) => samples.filter((sample) => sample.name === name),
  };
}

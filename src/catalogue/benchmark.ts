// A benchmark's facts, from firmware/benchmarks/<b>/benchmark.yml. A placeholder until the benchmark
// plug-ins land (the `bench` branch owns this file): a title is all the catalogue needs of one yet.
export interface BenchmarkSpec {
  id: string;
  title: string;
}

export const benchmarkSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['title'],
  properties: { title: { type: 'string', minLength: 1 } },
} as const;

export const toBenchmark = (id: string, raw: { title: string }): BenchmarkSpec => ({ id, title: raw.title });

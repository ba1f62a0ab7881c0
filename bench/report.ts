// The bench's figures: medians over rounds, ratios to the baseline measured in the same run.

export interface Sample {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  failures: number;
  /** Server CPU (user + system) per answered request, ms: what a loaded machine changes least. */
  cpuMsPerRequest: number | null;
}

export interface Row {
  database: string;
  scenario: string;
  samples: Sample[];
  /** The server's peak RSS after its last round, MiB. */
  peakRssMiB: number | null;
  readyMs: number;
  seedSeconds: number;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const rps = (row: Row) => median(row.samples.map((s) => s.requestsPerSecond));

/** A markdown table; each row's req/s also as a share of the baseline row of the same run. */
export function table(rows: Row[]): string {
  const base = rows.find((r) => r.scenario.startsWith("baseline"));
  const header = [
    "database",
    "query",
    "req/s",
    "vs baseline",
    "p50 ms",
    "p99 ms",
    "CPU ms/req",
    "peak RSS MiB",
    "ready ms",
    "failures",
  ];
  const lines = rows.map((r) => [
    r.database,
    r.scenario,
    rps(r).toFixed(1),
    base ? `${((100 * rps(r)) / rps(base)).toFixed(1)} %` : "-",
    String(median(r.samples.map((s) => s.p50))),
    String(median(r.samples.map((s) => s.p99))),
    r.samples.every((s) => s.cpuMsPerRequest !== null)
      ? median(r.samples.map((s) => s.cpuMsPerRequest as number)).toFixed(2)
      : "-",
    r.peakRssMiB === null ? "-" : r.peakRssMiB.toFixed(0),
    r.readyMs.toFixed(0),
    String(r.samples.reduce((n, s) => n + s.failures, 0)),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] as string).length)));
  const format = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(" | ")} |`;
  return [format(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...lines.map(format)].join("\n");
}

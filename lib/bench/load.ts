import autocannon from "autocannon";
import { percentile } from "./stats";

/** One URL under load: autocannon with a fixed number of connections for a fixed time. */

export type LoadFigures = {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Responses other than 2xx (a redirect to sign-in would be one): such a run is not a valid figure. */
  non2xx: number;
  /** Connection errors and timeouts. */
  errors: number;
};

/** Longer than autocannon's 10 s, so a slow page gets a slow figure rather than none. */
const REQUEST_TIMEOUT_SECONDS = 30;

export type LoadOptions = { url: string; cookie: string; connections: number; seconds: number };

/** What one stretch of load on one URL gave: the 2xx latencies, the failures, how long it ran. */
export type LoadSample = { latencies: number[]; non2xx: number; errors: number; seconds: number };

export function runLoad({ url, cookie, connections, seconds }: LoadOptions): Promise<LoadSample> {
  const latencies: number[] = [];
  let non2xx = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds, headers: { cookie }, timeout: REQUEST_TIMEOUT_SECONDS }, (error, result) => {
      if (error) return reject(error);
      resolve({ latencies, non2xx, errors: result.errors, seconds: result.duration });
    });
    instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
      else non2xx += 1;
    });
  });
}

/** One URL's figures from all its samples: throughput and latency percentiles of the 2xx responses, as autocannon counts them. */
export function summarise(samples: LoadSample[]): LoadFigures {
  const latencies = samples.flatMap((sample) => sample.latencies);
  const seconds = samples.reduce((sum, sample) => sum + sample.seconds, 0);
  return {
    requestsPerSecond: seconds > 0 ? latencies.length / seconds : Number.NaN,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    non2xx: samples.reduce((sum, sample) => sum + sample.non2xx, 0),
    errors: samples.reduce((sum, sample) => sum + sample.errors, 0),
  };
}

/** Fetches the URL once, signed in: it must answer 200 with the page's own text. */
export async function checkServes(url: string, cookie: string, expectText: string): Promise<string> {
  const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
  const html = await response.text();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}${response.headers.get("location") ? ` (to ${response.headers.get("location")})` : ""}, not 200.`);
  if (!html.includes(expectText)) throw new Error(`${url} answered 200 without "${expectText}": is the build older than the code? Delete .next and run again.`);
  return html;
}

/**
 * Waits until the server has finished what the last run left queued (autocannon abandons its
 * in-flight requests, the server does not): one request that needs the database, answered.
 */
export async function settle(url: string, cookie: string): Promise<void> {
  await fetch(url, { headers: { cookie }, redirect: "manual", signal: AbortSignal.timeout(REQUEST_TIMEOUT_SECONDS * 4 * 1000) }).then((response) => response.arrayBuffer());
}

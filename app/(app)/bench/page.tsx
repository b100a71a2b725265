import { notFound } from "next/navigation";
import { requirePerson } from "@/lib/auth/session";

/**
 * `npm run bench`'s empty dynamic reference: the app layout and session check with no data of
 * its own, so each page's throughput can be compared with it. Only there when the server runs
 * with BENCH_REFERENCE_PAGE=on; anywhere else it is an unknown page.
 */
export default async function BenchReferencePage() {
  await requirePerson();
  if (process.env.BENCH_REFERENCE_PAGE !== "on") notFound();
  return <h1 className="text-2xl font-semibold tracking-tight text-ink">Benchmark reference</h1>;
}

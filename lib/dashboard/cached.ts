import "server-only";
import { unstable_cache } from "next/cache";
import { getOrganisationOverview } from "@/lib/people/overview";
import { filterQuery, type DashboardFilters } from "./filters";
import { getDashboard, getDashboardContext } from "./queries";

/**
 * The dashboard page's figures, kept for a minute per organisation and set of filters. They are
 * aggregates over the whole organisation (at 10,000 people, tens of thousands of rows and the
 * best part of a second of database work), the same for every HR admin who opens the page, and
 * a minute old is fresh enough to oversee a programme; the page says when they were counted.
 * The CSV export and the drill-down always count afresh.
 */
export const DASHBOARD_CACHE_SECONDS = 60;

export function getDashboardPageData(organisationId: string, filters: DashboardFilters) {
  const load = unstable_cache(
    async () => {
      const context = await getDashboardContext(organisationId);
      const [overview, dashboard] = await Promise.all([getOrganisationOverview(organisationId), getDashboard(organisationId, filters, context.today)]);
      return { context, overview, dashboard, countedAt: new Date().toISOString() };
    },
    ["hr-dashboard", organisationId, filterQuery(filters)],
    { revalidate: DASHBOARD_CACHE_SECONDS },
  );
  return load();
}

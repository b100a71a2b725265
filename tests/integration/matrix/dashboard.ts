import { HR, type MatrixEntry } from "./core";

/** The HR dashboard's CSV export: HR admins only, whatever the section and filters. */
export const DASHBOARD_ENTRIES: Record<string, MatrixEntry> = {
  "app/(app)/hr/dashboard/export/route.ts#GET": {
    type: "route",
    access: HR,
    async request(world) {
      return { path: `/hr/dashboard/export?section=owners&managerId=${world.manager.id}` };
    },
  },
};

import { HR, type MatrixEntry } from "./core";

/** The audit log's CSV export: HR admins only; each export is itself audited. */
export const AUDIT_ENTRIES: Record<string, MatrixEntry> = {
  "app/(app)/hr/audit/export/route.ts#GET": {
    type: "route",
    access: HR,
    audited: "who exported how many entries of the log, under which filters",
    async request(world) {
      return { path: `/hr/audit/export?person=${encodeURIComponent(world.hr.email)}&type=people&from=2020-01-01` };
    },
  },
};

import { HR, type MatrixEntry } from "./core";

/** HR's download of the whole organisation: HR admins only, and only ever their own organisation. */
export const PORTABILITY_ENTRIES: Record<string, MatrixEntry> = {
  "app/(app)/hr/organisation/export/route.ts#POST": {
    type: "route",
    access: HR,
    async request() {
      return { path: "/hr/organisation/export" };
    },
  },
};

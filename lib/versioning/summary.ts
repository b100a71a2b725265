import type { VersionStatus } from "@/lib/db/generated/enums";

/** A version of any versioned document as lists show it: no content. */
export type VersionSummary = {
  id: string;
  number: number;
  status: VersionStatus;
  revision: number;
  publishedAt: Date | null;
  publishedBy: string | null;
  archivedAt: Date | null;
  updatedAt: Date;
};

/** The Prisma select for a VersionSummary (publishedBy arrives as a relation; see `toVersionSummary`). */
export const versionSummarySelect = {
  id: true,
  number: true,
  status: true,
  revision: true,
  publishedAt: true,
  publishedBy: { select: { name: true } },
  archivedAt: true,
  updatedAt: true,
} as const;

export function toVersionSummary<T extends { publishedBy: { name: string } | null }>(version: T): Omit<T, "publishedBy"> & { publishedBy: string | null } {
  return { ...version, publishedBy: version.publishedBy?.name ?? null };
}

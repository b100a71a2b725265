/** Finds a job role by the title an import file gives: the exact title first, then a single case-insensitive match. */
export function jobRoleMatcher<R extends { id: string; title: string }>(roles: readonly R[]) {
  const exact = new Map(roles.map((role) => [role.title, role]));
  const folded = new Map<string, R[]>();
  for (const role of roles) {
    const key = role.title.toLowerCase();
    folded.set(key, [...(folded.get(key) ?? []), role]);
  }
  return (title: string): R | "ambiguous" | undefined => {
    const role = exact.get(title);
    if (role) return role;
    const candidates = folded.get(title.toLowerCase());
    if (!candidates) return undefined;
    return candidates.length === 1 ? candidates[0] : "ambiguous";
  };
}


/** Where HR works on a role's charter; `search` adds query parameters such as the version. */
export function workspaceHref(roleId: string, search: Record<string, string | number> = {}) {
  const query = new URLSearchParams(Object.entries(search).map(([key, value]) => [key, String(value)])).toString();
  return `/hr/roles/${roleId}/charter${query ? `?${query}` : ""}`;
}

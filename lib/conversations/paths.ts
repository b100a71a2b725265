/** The pages that show a person's career conversations, to refresh after a change to one of them. */
export function conversationPaths(_input: unknown, changed: { personId: string; conversationId?: string }): string[] {
  const team = `/team/${changed.personId}/conversations`;
  return ["/team", team, ...(changed.conversationId ? [`${team}/${changed.conversationId}`] : []), "/me/conversations", `/hr/people/${changed.personId}/conversations`];
}

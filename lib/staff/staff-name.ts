/** A member of staff as colleagues read them: "Sam Jones (sam@example.org)", or the address alone. */
export function staffName(member: { name?: string | null; email: string }): string {
  const name = member.name?.trim();
  return name ? `${name} (${member.email})` : member.email;
}

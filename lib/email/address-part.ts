/** The address part of `Name <address>` or of a bare address, trimmed (case kept). No imports: start-up checks read it too. */
export function addressPart(recipient: string): string {
  return (/<([^<>]+)>\s*$/.exec(recipient)?.[1] ?? recipient).trim();
}

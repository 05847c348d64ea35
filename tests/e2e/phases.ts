// The order the Playwright projects run in (playwright.config.ts). Each phase runs after the one
// before it because it changes what earlier tests read (posts, prices, the goal, the database
// itself). `npm test` (scripts/test.ts) runs each phase as its own Playwright run, so a failure
// in one phase is reported and the later phases still run; a plain `playwright test` gets the
// same order through the projects' dependencies.
export const phases: readonly (readonly string[])[] = [
  // Read-only, on a desktop and a phone.
  ["chromium", "mobile"],
  // Publishes posts, changing what the read-only tests count.
  ["writes"],
  // Claims Gift Aid; signs in as the same staff as "writes".
  ["claims"],
  // Changes the appeal, drop-off points, volunteers' statuses; sends updates; adds staff.
  ["staff"],
  // Supporters' photos on the coat wall, and coat drives with gifts of their own: approving them
  // changes the home page and the totals.
  ["wall", "drives"],
  // A second server on the same database (port + 2): publishes and changes the appeal through one.
  ["servers"],
  // Changes the prices and the goal every page states, reads every public page, puts them back.
  ["prices"],
  // Takes the database away.
  ["outage"],
  // `npm run layout` (nginx, two web servers, a worker) on a database and build of its own, at
  // port + 5: a build and five processes, so alone, last.
  ["layout"],
];

/** The projects a project waits for: every project of the phase before its own. */
export function dependenciesOf(project: string): string[] {
  const index = phases.findIndex((phase) => phase.includes(project));
  if (index < 0) throw new Error(`Project ${project} is in no phase (tests/e2e/phases.ts)`);
  return index === 0 ? [] : [...(phases[index - 1] ?? [])];
}

type SearchParams = Record<string, string | string[] | undefined>;

const one = (params: SearchParams, key: string) => (typeof params[key] === "string" ? (params[key] as string) : "");

/**
 * What a form post made without JavaScript came to (app/admin/appeal/redirect-without-script.ts redirects
 * here with fixed codes). With JavaScript the form shows its own answer and this shows nothing.
 */
export function NoScriptAnswer({
  params,
  label,
  saved = "Saved. The home page shows it now.",
}: {
  params: SearchParams;
  label: (field: string) => string | undefined;
  saved?: string;
}) {
  const unsaved = one(params, "unsaved");
  if (one(params, "saved")) {
    return (
      <p role="status" className="rounded-2xl bg-pine-light p-4 font-semibold text-pine ring-1 ring-pine/30">
        {saved}
      </p>
    );
  }
  if (!unsaved) return null;
  const fields = [
    ...new Set(
      one(params, "check")
        .split(",")
        .map(label)
        .filter((l): l is string => !!l),
    ),
  ];
  return (
    <div role="alert" className="space-y-2 rounded-2xl bg-white p-4 font-semibold text-ember-dark ring-1 ring-ember">
      {unsaved === "conflict" ? (
        <p>
          Someone else changed the appeal after you opened the page, so your changes were not saved. The page now shows the latest version: please make your
          change again.
        </p>
      ) : unsaved === "gone" ? (
        <p>That record had already been removed: the count was not changed again.</p>
      ) : (
        <>
          <p>Your changes were not saved: {fields.length ? `please check ${fields.join("; ")}` : "some answers need correcting"}.</p>
          <p className="font-normal text-ink-soft">With JavaScript switched on, the reason shows beside each answer and what you typed is kept.</p>
        </>
      )}
    </div>
  );
}

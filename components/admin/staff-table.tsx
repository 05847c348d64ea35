import type { ReactNode } from "react";

/** A column heading: its words, and whether its cells are figures (set to the right). */
export type StaffColumn = string | { label: ReactNode; key: string; figures?: boolean };

/**
 * Every staff list's table: a caption for screen readers, one header row, and a frame that
 * scrolls sideways on a phone. The frame is a labelled region people can reach with the keyboard,
 * so a table wider than the screen can be scrolled without a mouse.
 */
export function StaffTable({
  caption,
  columns,
  children,
  className = "",
}: {
  caption: string;
  columns: readonly StaffColumn[];
  children: ReactNode;
  /** Extra classes for the table: a minimum width, a smaller type size. */
  className?: string;
}) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className={`w-full text-left ${className}`}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-ink/20">
            {columns.map((column, i) => {
              const { label, key, figures } = typeof column === "string" ? { label: column, key: column, figures: false } : column;
              const padding = i === columns.length - 1 ? "py-2" : "py-2 pr-4";
              return (
                <th key={key} scope="col" className={figures ? `${padding} text-right` : padding}>
                  {label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

const oneDecimal = new Intl.NumberFormat("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** 6.43 → "6.4 miles", 0.96 → "1.0 mile", 1234.5 → "1,234.5 miles". */
export function formatMiles(miles: number): string {
  const shown = oneDecimal.format(miles);
  return `${shown} ${shown === "1.0" ? "mile" : "miles"}`;
}

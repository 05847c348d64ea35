import { labelOf } from "@/lib/format/label";
import { VolunteerLanguage, VolunteerPlace, VolunteerStatus } from "@/lib/generated/prisma/enums";

// The choices on the volunteer form and how people and staff read them. Shared by the form, the
// acknowledgement email and the staff screens, so one place names each choice.

export const volunteerPlaces = [
  { value: VolunteerPlace.CALAIS, label: "Calais", summary: "Our warehouse, and daily distributions of coats, food and clean clothes" },
  { value: VolunteerPlace.DUNKIRK, label: "Dunkirk", summary: "Distributions at the camps around the town, often by van" },
  { value: VolunteerPlace.PARIS, label: "Paris", summary: "Street distributions for people sleeping rough in the city" },
  { value: VolunteerPlace.BRUSSELS, label: "Brussels", summary: "Street distributions and support around the city’s stations and parks" },
  { value: VolunteerPlace.UK, label: "In the UK", summary: "Coat collections, sorting donations and fundraising near you" },
] as const;

export const volunteerLanguages = [
  { value: VolunteerLanguage.ARABIC, label: "Arabic" },
  { value: VolunteerLanguage.FARSI, label: "Farsi" },
  { value: VolunteerLanguage.PASHTO, label: "Pashto" },
  { value: VolunteerLanguage.KURDISH, label: "Kurdish" },
  { value: VolunteerLanguage.TIGRINYA, label: "Tigrinya" },
  { value: VolunteerLanguage.FRENCH, label: "French" },
  { value: VolunteerLanguage.OTHER, label: "Another language" },
] as const;

export const volunteerStatuses = [
  { value: VolunteerStatus.NEW, label: "New", summary: "Nobody has been in touch yet" },
  { value: VolunteerStatus.CONTACTED, label: "Contacted", summary: "A coordinator has emailed or called them" },
  { value: VolunteerStatus.PLACED, label: "Placed", summary: "Dates and team agreed" },
  { value: VolunteerStatus.DECLINED, label: "Declined", summary: "Not going ahead, on either side" },
] as const;

export const placeLabel = (place: VolunteerPlace): string => labelOf(volunteerPlaces, place);
export const languageLabel = (language: VolunteerLanguage): string => labelOf(volunteerLanguages, language);
export const statusLabel = (status: VolunteerStatus): string => labelOf(volunteerStatuses, status);

/** "Arabic, French and Dutch": the ticked languages, with what was typed for "another language". */
export function describeLanguages(languages: readonly VolunteerLanguage[], otherLanguages: string | null): string {
  const names: string[] = volunteerLanguages.filter((l) => l.value !== VolunteerLanguage.OTHER && languages.includes(l.value)).map((l) => l.label);
  if (languages.includes(VolunteerLanguage.OTHER) && otherLanguages) names.push(otherLanguages);
  if (names.length === 0) return "None of those listed";
  return names.length === 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** "Full licence, and happy to drive a van" and so on. */
export function describeDriving(drivingLicence: boolean, canDriveVan: boolean): string {
  if (!drivingLicence) return "No driving licence";
  return canDriveVan ? "Full licence, and able to drive a van" : "Full licence, cars only";
}

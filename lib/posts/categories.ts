import { PostCategory } from "@/lib/generated/prisma/enums";

/** How categories appear in URLs (`/news?category=volunteer-stories`) and on the page. */
export const categories = [
  { slug: "news", value: PostCategory.NEWS, label: "News" },
  { slug: "volunteer-stories", value: PostCategory.VOLUNTEER_STORY, label: "Volunteer stories" },
] as const;

export type CategorySlug = (typeof categories)[number]["slug"];

export function categoryBySlug(slug: string) {
  return categories.find((c) => c.slug === slug);
}

export function categoryLabel(value: PostCategory): string {
  return categories.find((c) => c.value === value)?.label ?? "News";
}

export function categorySlug(value: PostCategory): CategorySlug {
  return categories.find((c) => c.value === value)?.slug ?? "news";
}

import "server-only";
import { ImageResponse } from "next/og";
import type { ReactElement } from "react";
import { cardFonts } from "./fonts";

/** Every social card: 1200×630, the size the networks show in full. */
export const cardSize = { width: 1200, height: 630 };

/** A card as a PNG response, drawn with the site's own fonts. */
export function renderCard(element: ReactElement, headers?: HeadersInit): ImageResponse {
  return new ImageResponse(element, { ...cardSize, fonts: cardFonts(), headers });
}

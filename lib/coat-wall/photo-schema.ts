import { z } from "zod";
import { checkbox, email, lines, oneLine, requiredLine, tidy } from "@/lib/forms/fields";
import { FIRST_NAME_MAX, MESSAGE_MAX, TOWN_MAX } from "./photo-limits";
import { MAX_IMAGE_BYTES, tooLargeImageMessage } from "@/lib/images/image-limits";

const optionalText = () =>
  z
    .string()
    .optional()
    .transform((value) => value ?? "");

/**
 * The coat wall's upload form. `photoBytes` is not typed by anyone: the action writes the chosen
 * file's size into it (lib/coat-wall/photo-upload.ts), so a missing or oversized photo is answered
 * beside its field before anything is counted or decoded.
 */
export const coatPhotoSchema = z.object({
  photoBytes: z
    .string()
    .transform(Number)
    .pipe(z.number().int().min(1, "Choose a photo of you with your coat").max(MAX_IMAGE_BYTES, tooLargeImageMessage("photo"))),
  firstName: requiredLine(FIRST_NAME_MAX, {
    missing: "Enter a first name or a nickname",
    tooLong: `Please keep the name to ${FIRST_NAME_MAX} characters`,
  }),
  town: optionalText().pipe(
    oneLine()
      .transform(tidy)
      .pipe(z.string().max(TOWN_MAX, `Please keep the town to ${TOWN_MAX} characters`)),
  ),
  donationPointId: optionalText().pipe(
    z
      .string()
      .max(40, "Choose a drop-off point from the list")
      .transform((value) => value || null),
  ),
  message: optionalText().pipe(
    lines("Please use only ordinary letters and punctuation").pipe(z.string().max(MESSAGE_MAX, `Please keep your message to ${MESSAGE_MAX} characters`)),
  ),
  email: email(),
  consentPublish: checkbox().refine((ticked) => ticked, "Tick this box if we may put your photo on the wall"),
  consentPictured: checkbox().refine((ticked) => ticked, "Tick this box to say everyone in the photo agreed"),
});

export type CoatPhotoInput = z.output<typeof coatPhotoSchema>;

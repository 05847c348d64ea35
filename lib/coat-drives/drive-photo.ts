import type { FormState } from "@/lib/forms/form-state";
import { MAX_IMAGE_BYTES } from "@/lib/images/image-limits";
import { processPageImage, type ProcessedPageImage } from "@/lib/images/page-image";
import { imageRefusalMessage } from "@/lib/images/upload-image";

// A drive's optional photo, from the start form and the organiser's edit form alike: the same
// checks and processing as a post's cover (lib/images/page-image.ts), a description required with
// it, and a refused form that says the file must be chosen again (a browser cannot put a chosen
// file back in a form it shows again).

export const PHOTO_ALT_MISSING = "Describe the photo for people who can’t see it, such as “Pupils with bags of coats in the school hall”";
export const CHOOSE_PHOTO_AGAIN = "Your photo wasn’t saved: please choose it again.";

/** The file chosen in the form's `photo` field; an empty file input sends a nameless empty file. */
export function chosenPhoto(form: FormData): File | null {
  const chosen = form.get("photo");
  return chosen instanceof File && chosen.size > 0 ? chosen : null;
}

export type DrivePhoto = { ok: true; image: ProcessedPageImage | null } | { ok: false; fieldErrors: Record<string, string> };

/** The processed photo (null when none was chosen), or what to say beside the photo's fields. */
export async function readDrivePhoto(file: File | null, photoAlt: string): Promise<DrivePhoto> {
  if (!file) return { ok: true, image: null };
  // The size first: no point reading 10 MB to refuse it.
  const processed =
    file.size > MAX_IMAGE_BYTES ? ({ ok: false, reason: "too-large" } as const) : await processPageImage(new Uint8Array(await file.arrayBuffer()));
  const fieldErrors = { ...(processed.ok ? {} : { photo: imageRefusalMessage(processed, "photo") }), ...(photoAlt ? {} : { photoAlt: PHOTO_ALT_MISSING }) };
  return processed.ok && photoAlt ? { ok: true, image: processed } : { ok: false, fieldErrors };
}

/** A refused form that had a file chosen says, beside the photo, to choose it again. */
export function withPhotoToChooseAgain<T extends FormState>(state: T, file: File | null): T {
  if (state.status !== "error" || !file) return state;
  return { ...state, fieldErrors: { ...state.fieldErrors, photo: state.fieldErrors?.photo ?? CHOOSE_PHOTO_AGAIN } };
}

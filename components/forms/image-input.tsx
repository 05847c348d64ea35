"use client";

import type { InputHTMLAttributes } from "react";
import type { FormKit } from "@/components/forms/form-kit-core";
import { IMAGE_ACCEPT, MAX_IMAGE_BYTES, tooLargeImageMessage } from "@/lib/images/image-limits";

/**
 * A file field for a photo or an image, on the upload rules of lib/images/image-limits.ts: it
 * accepts what the server reads (JPEG, PNG, WebP, unless the form asks for more), and says at
 * once, as the field's problem (`kit.setFound`), when the chosen file is over the size limit, in
 * the words the server would refuse it with. The form draws the label, hint and `FieldError`.
 */
export function ImageInput({
  kit,
  problem,
  noun,
  clearTooLarge = false,
  ...input
}: {
  kit: FormKit;
  /** The name the form's problems give the file (the coat wall's is its size, `photoBytes`). */
  problem: string;
  /** What the form calls the file. */
  noun: "image" | "photo";
  /** Empty the field when the file is too large, so it can never be sent. */
  clearTooLarge?: boolean;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "onChange">) {
  return (
    <input
      type="file"
      accept={IMAGE_ACCEPT}
      {...input}
      onChange={(event) => {
        const tooLarge = (event.currentTarget.files?.[0]?.size ?? 0) > MAX_IMAGE_BYTES;
        kit.setFound(problem, tooLarge ? tooLargeImageMessage(noun) : undefined);
        if (tooLarge && clearTooLarge) event.currentTarget.value = "";
      }}
    />
  );
}

"use client";

import { useSyncExternalStore } from "react";

const never = () => () => {};

/**
 * True once hydrated in a browser, false while rendering on the server: for what only script can
 * do (a button that copies, figures that refresh), drawn only where it will work.
 */
export function useInBrowser() {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}

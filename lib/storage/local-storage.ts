import fs from "node:fs/promises";
import path from "node:path";
import { assertSafeKey, isSafeKey, StorageError, type Storage, type StorageKey } from "./storage";

export type LocalStorage = Storage & {
  /** The object's bytes, or null when the key is unsafe or nothing is stored under it. */
  read(key: StorageKey): Promise<Buffer | null>;
};

/**
 * The embedded default: objects are files under `root` (DATA_DIR/uploads), served by
 * app/uploads/[...key]/route.ts at `${urlPrefix}/<key>`.
 */
export function createLocalStorage(options: { root: string; urlPrefix?: string }): LocalStorage {
  const root = path.resolve(options.root);
  const urlPrefix = (options.urlPrefix ?? "/uploads").replace(/\/+$/, "");

  /** The file for a key, or null if the key (after resolving) would leave the root. */
  function fileFor(key: StorageKey): string | null {
    if (!isSafeKey(key)) return null;
    const file = path.resolve(root, ...key.split("/"));
    return file.startsWith(root + path.sep) ? file : null;
  }

  function checkedFile(key: StorageKey): string {
    assertSafeKey(key);
    const file = fileFor(key);
    if (!file) throw new StorageError(`Refused a storage key outside the uploads folder: ${key}`);
    return file;
  }

  return {
    async put(key, body) {
      const file = checkedFile(key);
      try {
        await fs.mkdir(path.dirname(file), { recursive: true });
        // Write beside, then rename: a reader never sees half a file.
        const partial = `${file}.${process.pid}.${Date.now()}.partial`;
        await fs.writeFile(partial, body);
        await fs.rename(partial, file);
      } catch (error) {
        throw new StorageError(`Could not write ${key}`, { cause: error });
      }
    },
    async delete(key) {
      const file = checkedFile(key);
      try {
        await fs.rm(file, { force: true });
      } catch (error) {
        throw new StorageError(`Could not delete ${key}`, { cause: error });
      }
    },
    publicUrl(key) {
      assertSafeKey(key);
      return `${urlPrefix}/${key}`;
    },
    async read(key) {
      const file = fileFor(key);
      if (!file) return null;
      try {
        return await fs.readFile(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT" || (error as NodeJS.ErrnoException).code === "EISDIR") return null;
        throw error;
      }
    },
  };
}

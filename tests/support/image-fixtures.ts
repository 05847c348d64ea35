import zlib from "node:zlib";
import sharp from "sharp";

// Images made here for the tests of every upload (post covers, coat-wall photos, coat drives'
// photos), unit, integration and end-to-end alike: what a supporter or member of staff might
// send, and what an attacker might send instead.

/** A plain image of one colour, to encode as any format. */
export const solid = (width: number, height: number, background = "#2f5d50") => sharp({ create: { width, height, channels: 3, background } });

/** A JPEG of one colour. */
export const solidJpeg = (width: number, height: number, background?: string): Promise<Buffer> => solid(width, height, background).jpeg().toBuffer();

/**
 * A photo as a phone sends it: a JPEG carrying a description, the phone's make and model, a GPS
 * position, and "rotate 90° to display" (so the stored image must come out `height × width`).
 */
export function phonePhoto(width = 400, height = 300): Promise<Buffer> {
  return solid(width, height, "#b5452b")
    .jpeg()
    .withExif({
      IFD0: { ImageDescription: "Outside my house on Mill Lane", Make: "PhoneCo", Model: "Pocket 12" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "51/1 30/1 1234/100", GPSLongitudeRef: "W", GPSLongitude: "0/1 7/1 3912/100" },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

/** What a phone's photo leaves in a file: none of it may survive processing. */
export const PHONE_TRACES = ["Exif", "PhoneCo", "Mill Lane", "GPS"] as const;

/** A valid greyscale PNG of zeros: a few dozen kilobytes that decode to `width × height` bytes (a decompression bomb when large). */
export function pngOfZeros(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(zlib.crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, no interlace
  const rows = Buffer.alloc((width + 1) * height); // each row: filter byte 0, then zeros
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** A tiny PNG whose header claims `width × height` pixels: refused by its header, never decoded. */
export function pngHeaderClaiming(width: number, height: number): Buffer {
  const png = pngOfZeros(4, 4);
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(zlib.crc32(png.subarray(12, 29)), 29);
  return png;
}

/** A JPEG of noise cut short: its header promises more than its data holds. */
export async function damagedJpeg(): Promise<Buffer> {
  const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: "#000", noise: { type: "gaussian", mean: 128, sigma: 60 } } })
    .jpeg()
    .toBuffer();
  return photo.subarray(0, Math.floor(photo.byteLength * 0.8));
}

/** A real PNG of noise over 10 MB. */
export const noisyPng = (side = 2000): Promise<Buffer> =>
  sharp({ create: { width: side, height: side, channels: 3, background: "#000", noise: { type: "gaussian", mean: 128, sigma: 60 } } })
    .png()
    .toBuffer();

/** Files a browser would send for an upload field (Playwright's setInputFiles takes these). */
export const asUpload = (name: string, buffer: Buffer, mimeType = "image/jpeg") => ({ name, mimeType, buffer });

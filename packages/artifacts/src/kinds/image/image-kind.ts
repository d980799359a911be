import { ArtifactContentError } from "../../errors/artifact-content-error.ts";
import type { ArtifactKindDefinition } from "../artifact-kind-definition.ts";
import { MEGABYTE } from "../artifact-kind-definition.ts";
import { assertMimeAccepted } from "../assert-mime-accepted.ts";
import { decodeUtf8, startsWithBytes } from "../content-checks.ts";
import { hasSvgRoot } from "./has-svg-root.ts";

const SVG = "image/svg+xml";

/** The signature each raster format begins with; the declared mime must match the bytes. */
const rasterSignatures: Record<string, { name: string; matches: (bytes: Uint8Array) => boolean }> = {
  "image/png": {
    name: "PNG",
    matches: (bytes) => startsWithBytes(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  "image/jpeg": { name: "JPEG", matches: (bytes) => startsWithBytes(bytes, [0xff, 0xd8, 0xff]) },
  "image/gif": {
    name: "GIF",
    matches: (bytes) => startsWithBytes(bytes, "GIF87a") || startsWithBytes(bytes, "GIF89a"),
  },
  "image/webp": {
    name: "WebP",
    matches: (bytes) => startsWithBytes(bytes, "RIFF") && startsWithBytes(bytes, "WEBP", 8),
  },
};

/** A picture: PNG, JPEG, GIF or WebP recognized by their magic bytes, or SVG (untrusted markup). */
export const imageKind: ArtifactKindDefinition<"image"> = {
  kind: "image",
  mimes: [...Object.keys(rasterSignatures), SVG],
  maxBytes: 25 * MEGABYTE,
  // SVG can hold scripts and external references: never inline it in Penny's own origin.
  untrustedMarkupMimes: [SVG],
  validate(bytes, mime) {
    assertMimeAccepted(imageKind, mime);
    if (mime === SVG) {
      if (!hasSvgRoot(decodeUtf8("image", bytes))) {
        throw new ArtifactContentError("image", "The SVG has no <svg> root element.");
      }
      return;
    }
    const signature = rasterSignatures[mime];
    if (signature && !signature.matches(bytes)) {
      throw new ArtifactContentError(
        "image",
        `The content is declared ${mime} but is not a ${signature.name} image.`,
      );
    }
  },
};

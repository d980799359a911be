import { ArtifactContentError } from "../../errors/artifact-content-error.ts";
import type { ArtifactKindDefinition } from "../artifact-kind-definition.ts";
import { MEGABYTE } from "../artifact-kind-definition.ts";
import { assertMimeAccepted } from "../assert-mime-accepted.ts";
import { isJsonObject, parseJson, startsWithBytes } from "../content-checks.ts";

const GLTF = "model/gltf+json";
const GLB = "model/gltf-binary";
const STL = "model/stl";
/** A binary STL: an 80-byte header, a 4-byte triangle count, then 50 bytes per triangle. */
const STL_HEADER_BYTES = 84;
const STL_TRIANGLE_BYTES = 50;

/** A 3D model: glTF (JSON or binary GLB) or STL (ASCII or binary). */
export const model3dKind: ArtifactKindDefinition<"3d"> = {
  kind: "3d",
  mimes: [GLTF, GLB, STL],
  maxBytes: 50 * MEGABYTE,
  validate(bytes, mime) {
    assertMimeAccepted(model3dKind, mime);
    if (mime === GLTF) validateGltf(bytes);
    else if (mime === GLB) validateGlb(bytes);
    else validateStl(bytes);
  },
};

function validateGltf(bytes: Uint8Array): void {
  const gltf = parseJson("3d", bytes);
  const asset = isJsonObject(gltf) ? gltf.asset : undefined;
  if (!isJsonObject(asset) || typeof asset.version !== "string") {
    throw new ArtifactContentError("3d", "The glTF has no asset.version.");
  }
}

function validateGlb(bytes: Uint8Array): void {
  if (bytes.byteLength < 12 || !startsWithBytes(bytes, "glTF")) {
    throw new ArtifactContentError("3d", "The content is declared GLB but does not start with glTF.");
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const declaredLength = view.getUint32(8, true);
  if (declaredLength !== bytes.byteLength) {
    throw new ArtifactContentError(
      "3d",
      `The GLB header says ${declaredLength} bytes but the file has ${bytes.byteLength}.`,
    );
  }
}

function validateStl(bytes: Uint8Array): void {
  // Binary STL headers may begin with "solid" too, so a size that fits the triangle count decides first.
  if (bytes.byteLength >= STL_HEADER_BYTES) {
    const triangles = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(80, true);
    if (bytes.byteLength === STL_HEADER_BYTES + triangles * STL_TRIANGLE_BYTES) return;
  }
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024)).trimStart();
  if (head.startsWith("solid")) {
    const tail = new TextDecoder("latin1").decode(bytes.subarray(Math.max(0, bytes.byteLength - 1024)));
    if (/endsolid/.test(tail)) return;
    throw new ArtifactContentError("3d", "The ASCII STL never ends (no endsolid).");
  }
  throw new ArtifactContentError(
    "3d",
    "The STL is neither ASCII (solid … endsolid) nor binary with a triangle count that matches its size.",
  );
}

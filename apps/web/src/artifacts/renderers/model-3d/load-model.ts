import {
  type BufferGeometry,
  DoubleSide,
  FileLoader,
  Mesh,
  MeshStandardMaterial,
  type Object3D,
  TextureLoader,
} from "three";
import { GLTFLoader, type GLTFParser } from "three/addons/loaders/GLTFLoader.js";
import { STLLoader } from "three/addons/loaders/STLLoader.js";

/** The media types the 3D kind stores (packages/artifacts model3dKind). */
export const MODEL_MIMES = { gltf: "model/gltf+json", glb: "model/gltf-binary", stl: "model/stl" } as const;

/** A buffer given inline as a base64 data: URI, decoded here (the page's connect-src does not allow fetching data:). */
function decodeDataUri(uri: string): ArrayBuffer | null {
  const match = /^data:[^,]*;base64,(.*)$/s.exec(uri);
  if (!match?.[1]) return null;
  const binary = atob(match[1]);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes.buffer;
}

/**
 * A FileLoader stand-in for glTF buffers: an artifact is one file, so only inline (data:) buffers can exist, and
 * they are decoded without a request. Any other URI fails with a clear error.
 */
class InlineBufferLoader extends FileLoader {
  override load(
    url: string,
    onLoad?: (data: string | ArrayBuffer) => void,
    _onProgress?: (event: ProgressEvent) => void,
    onError?: (error: unknown) => void,
  ): undefined {
    const bytes = decodeDataUri(url);
    queueMicrotask(() => {
      if (bytes) onLoad?.(bytes);
      else onError?.(new Error(`external file ${url.slice(0, 80)} is not part of the artifact`));
    });
    return undefined;
  }
}

/**
 * Makes GLTFLoader read only what is inside the artifact and load textures through <img> (blob: and data: images
 * are allowed by img-src), never through fetch (connect-src allows only the API).
 */
function inlineOnly(parser: GLTFParser) {
  parser.fileLoader = new InlineBufferLoader();
  parser.textureLoader = new TextureLoader();
  return { name: "penny_inline_only" };
}

/** A model read from the artifact's bytes: a glTF scene (JSON or GLB), or an STL mesh with a plain material. */
export async function loadModel(bytes: ArrayBuffer, mime: string): Promise<Object3D> {
  if (mime === MODEL_MIMES.stl) {
    const geometry: BufferGeometry = new STLLoader().parse(bytes);
    // STL files often carry zero normals ("facet normal 0 0 0"), which light nothing: derive them from the faces.
    geometry.computeVertexNormals();
    const material = new MeshStandardMaterial({
      color: 0x8ea4c8,
      metalness: 0.1,
      roughness: 0.6,
      side: DoubleSide,
    });
    return new Mesh(geometry, material);
  }
  const loader = new GLTFLoader().register(inlineOnly);
  const data = mime === MODEL_MIMES.gltf ? new TextDecoder().decode(bytes) : bytes;
  const gltf = await loader.parseAsync(data, "");
  return gltf.scene;
}

import { describe, expect, it } from "vitest";
import { binaryStl, glbHeader } from "../../__fixtures__/sample-content.ts";
import { model3dKind } from "./model-3d-kind.ts";

const text = (value: string) => new TextEncoder().encode(value);

describe("model3dKind", () => {
  it("accepts glTF JSON with asset.version and refuses it without", () => {
    expect(() => model3dKind.validate(text('{"asset":{"version":"2.0"}}'), "model/gltf+json")).not.toThrow();
    expect(() => model3dKind.validate(text('{"asset":{}}'), "model/gltf+json")).toThrow(/asset.version/);
  });

  it("accepts GLB whose header length is the file's, and refuses other magic or lengths", () => {
    expect(() => model3dKind.validate(glbHeader(), "model/gltf-binary")).not.toThrow();
    const longer = new Uint8Array(16);
    longer.set(glbHeader());
    expect(() => model3dKind.validate(longer, "model/gltf-binary")).toThrow(
      /says 12 bytes but the file has 16/,
    );
    expect(() => model3dKind.validate(text("glTX12345678"), "model/gltf-binary")).toThrow(
      /does not start with glTF/,
    );
  });

  it("accepts ASCII STL and binary STL with a consistent triangle count", () => {
    expect(() =>
      model3dKind.validate(text("solid cube\nfacet normal 0 0 1\nendfacet\nendsolid cube\n"), "model/stl"),
    ).not.toThrow();
    expect(() => model3dKind.validate(binaryStl(3), "model/stl")).not.toThrow();
  });

  it("refuses binary STL whose count does not match and ASCII STL without endsolid", () => {
    expect(() => model3dKind.validate(binaryStl(3).subarray(0, 84 + 50 * 2), "model/stl")).toThrow(
      /neither ASCII/,
    );
    expect(() => model3dKind.validate(text("solid cube\nfacet normal 0 0 1\n"), "model/stl")).toThrow(
      /endsolid/,
    );
  });
});

import {
  Box3,
  DirectionalLight,
  HemisphereLight,
  type Material,
  type Mesh,
  type Object3D,
  PerspectiveCamera,
  Scene,
  Sphere,
  Vector3,
  WebGLRenderer,
} from "three";
import { OrbitControls } from "three/addons/controls/OrbitControls.js";

/** Thrown when the browser gives no WebGL context (no GPU and no software fallback, or WebGL turned off). */
export class WebGlUnavailableError extends Error {
  override readonly name = "WebGlUnavailableError";
}

/** How far one key press turns (radians) or zooms (factor). */
const KEY_ROTATION = Math.PI / 12;
const KEY_ZOOM = 1.2;

/**
 * A model on a canvas: lights, a camera fitted to its bounding box, orbit controls (drag, wheel, touch) and the same
 * moves for buttons and keys. It draws only when something changed, and `dispose()` gives the GPU memory back.
 */
export class ModelScene {
  readonly canvas: HTMLCanvasElement;
  private readonly renderer: WebGLRenderer;
  private readonly scene = new Scene();
  private readonly camera = new PerspectiveCamera(45, 1, 0.01, 1000);
  private readonly controls: OrbitControls;
  private readonly resizeObserver: ResizeObserver;
  private model: Object3D | null = null;
  private frame = 0;

  constructor(private readonly container: HTMLElement) {
    try {
      // preserveDrawingBuffer keeps the last frame readable (a PNG export, a test reading pixels).
      this.renderer = new WebGLRenderer({ antialias: true, alpha: true, preserveDrawingBuffer: true });
    } catch (error) {
      throw new WebGlUnavailableError(error instanceof Error ? error.message : String(error));
    }
    this.canvas = this.renderer.domElement;
    this.renderer.setPixelRatio(window.devicePixelRatio || 1);
    container.append(this.canvas);

    this.scene.add(new HemisphereLight(0xffffff, 0x444455, 1.6));
    const keyLight = new DirectionalLight(0xffffff, 2);
    keyLight.position.set(1, 2, 3);
    // A light carried by the camera lights whatever side the person turns towards.
    this.camera.add(keyLight);
    this.scene.add(this.camera);

    this.controls = new OrbitControls(this.camera, this.canvas);
    this.controls.addEventListener("change", this.requestRender);
    this.resizeObserver = new ResizeObserver(() => this.resize());
    this.resizeObserver.observe(container);
    this.resize();
  }

  /** Shows `model`, with the camera looking at its bounding box from the front-right, above. */
  show(model: Object3D): void {
    if (this.model) this.scene.remove(this.model);
    this.model = model;
    this.scene.add(model);
    const box = new Box3().setFromObject(model);
    const sphere = box.isEmpty() ? new Sphere(new Vector3(), 1) : box.getBoundingSphere(new Sphere());
    const radius = Math.max(sphere.radius, 1e-6);
    const distance = radius / Math.sin((this.camera.fov * Math.PI) / 360);
    this.camera.near = distance / 100;
    this.camera.far = distance * 100;
    this.camera.position
      .copy(sphere.center)
      .add(new Vector3(1, 0.8, 1.4).normalize().multiplyScalar(distance * 1.1));
    this.camera.updateProjectionMatrix();
    this.controls.target.copy(sphere.center);
    this.controls.minDistance = radius / 10;
    this.controls.maxDistance = distance * 20;
    this.controls.update();
    this.controls.saveState();
    this.requestRender();
  }

  /** Turns the view: `left` and `up` are key presses (negative for the other way). */
  rotate(left: number, up: number): void {
    if (left) this.controls.rotateLeft(left * KEY_ROTATION);
    if (up) this.controls.rotateUp(up * KEY_ROTATION);
    this.requestRender();
  }

  /** Moves closer (`steps` > 0) or farther. */
  zoom(steps: number): void {
    if (steps > 0) this.controls.dollyIn(KEY_ZOOM ** steps);
    else this.controls.dollyOut(KEY_ZOOM ** -steps);
    this.requestRender();
  }

  /** Back to the fitted view. */
  reset(): void {
    this.controls.reset();
    this.requestRender();
  }

  dispose(): void {
    cancelAnimationFrame(this.frame);
    this.resizeObserver.disconnect();
    this.controls.removeEventListener("change", this.requestRender);
    this.controls.dispose();
    this.model?.traverse((node) => {
      const mesh = node as Mesh;
      mesh.geometry?.dispose();
      const materials = ([] as Material[]).concat((mesh.material as Material | Material[] | undefined) ?? []);
      for (const material of materials) {
        for (const value of Object.values(material)) {
          if (value && typeof value === "object" && "isTexture" in value)
            (value as { dispose(): void }).dispose();
        }
        material.dispose();
      }
    });
    this.renderer.dispose();
    this.renderer.forceContextLoss();
    this.canvas.remove();
  }

  private resize(): void {
    const width = Math.max(1, this.container.clientWidth);
    const height = Math.max(1, this.container.clientHeight);
    // false: leave the canvas's CSS size to the stylesheet (no style attribute from three).
    this.renderer.setSize(width, height, false);
    this.camera.aspect = width / height;
    this.camera.updateProjectionMatrix();
    this.requestRender();
  }

  private readonly requestRender = (): void => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.renderer.render(this.scene, this.camera));
  };
}

import { type KeyboardEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "../../../app/icons.tsx";
import type { ArtifactRendererProps } from "../../artifact-renderer.ts";
import { ContentState } from "../../content-state.tsx";
import { useArtifactBytes } from "../../use-artifact-bytes.ts";
import { loadModel } from "./load-model.ts";
import { ModelScene, WebGlUnavailableError } from "./model-scene.ts";
import "./model-3d.css";

type Failure = { kind: "webgl" } | { kind: "model"; reason: string };

/** Arrow keys turn, + and − zoom, 0 resets: the keyboard's way to do what dragging and the wheel do. */
function keyAction(scene: ModelScene, key: string): (() => void) | null {
  switch (key) {
    case "ArrowLeft":
      return () => scene.rotate(1, 0);
    case "ArrowRight":
      return () => scene.rotate(-1, 0);
    case "ArrowUp":
      return () => scene.rotate(0, 1);
    case "ArrowDown":
      return () => scene.rotate(0, -1);
    case "+":
    case "=":
      return () => scene.zoom(1);
    case "-":
      return () => scene.zoom(-1);
    case "0":
    case "Home":
      return () => scene.reset();
    default:
      return null;
  }
}

/** A glTF, GLB or STL model, turned with the mouse, touch, the buttons or the keyboard. */
export default function Model3dRenderer({ artifact }: ArtifactRendererProps) {
  const { t } = useTranslation();
  const content = useArtifactBytes(artifact);
  const stage = useRef<HTMLDivElement>(null);
  const scene = useRef<ModelScene | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [ready, setReady] = useState(false);
  const bytes = content.status === "ready" ? content.bytes : null;

  useEffect(() => {
    const element = stage.current;
    if (!bytes || !element) return;
    let cancelled = false;
    let created: ModelScene;
    try {
      created = new ModelScene(element);
    } catch (error) {
      setFailure(
        error instanceof WebGlUnavailableError
          ? { kind: "webgl" }
          : { kind: "model", reason: error instanceof Error ? error.message : String(error) },
      );
      return;
    }
    scene.current = created;
    setFailure(null);
    loadModel(bytes, artifact.mime)
      .then((model) => {
        if (cancelled) return;
        created.show(model);
        setReady(true);
      })
      .catch((error: unknown) => {
        if (!cancelled)
          setFailure({ kind: "model", reason: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      cancelled = true;
      scene.current = null;
      setReady(false);
      created.dispose();
    };
  }, [bytes, artifact.mime]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const action = scene.current && keyAction(scene.current, event.key);
    if (!action || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    action();
  };

  if (content.status !== "ready") return <ContentState state={content} />;
  if (failure?.kind === "webgl") {
    return (
      <p className="artifact-state form-error" role="alert">
        {t("modelViewer.noWebGl")}
      </p>
    );
  }
  return (
    <div className="model-viewer">
      <div className="model-viewer__tools" role="toolbar" aria-label={t("modelViewer.toolbar")}>
        <button
          type="button"
          className="icon-button"
          onClick={() => scene.current?.zoom(-1)}
          disabled={!ready}
          aria-label={t("modelViewer.zoomOut")}
          title={t("modelViewer.zoomOut")}
        >
          <span aria-hidden="true">−</span>
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={() => scene.current?.zoom(1)}
          disabled={!ready}
          aria-label={t("modelViewer.zoomIn")}
          title={t("modelViewer.zoomIn")}
        >
          <Icon name="plus" />
        </button>
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={() => scene.current?.reset()}
          disabled={!ready}
        >
          <Icon name="restore" size={14} />
          {t("modelViewer.reset")}
        </button>
      </div>
      {failure?.kind === "model" && (
        <p className="artifact-state form-error" role="alert">
          {t("modelViewer.failed", { reason: failure.reason })}
        </p>
      )}
      <div
        className="model-viewer__stage"
        ref={stage}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the view takes the keyboard's turn and zoom keys.
        tabIndex={0}
        role="application"
        aria-label={t("modelViewer.view", { title: artifact.title })}
        aria-busy={!ready}
        onKeyDown={onKeyDown}
        data-testid="model-3d"
      />
    </div>
  );
}

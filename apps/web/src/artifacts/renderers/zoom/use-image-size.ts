import { useEffect, useState } from "react";

type Measured =
  | { status: "loading" }
  | { status: "ready"; width: number; height: number }
  | { status: "error"; error: unknown };

/** An SVG without a size of its own is drawn at the browser's default replaced-element size. */
const DEFAULT_SIZE = { width: 300, height: 150 };

/** Loads a picture as the page would and reports its natural size in pixels. */
export function useImageSize(src: string | undefined): Measured {
  const [state, setState] = useState<Measured>({ status: "loading" });
  useEffect(() => {
    if (!src) return;
    let current = true;
    setState({ status: "loading" });
    const image = new Image();
    image.src = src;
    image
      .decode()
      .then(() => {
        if (!current) return;
        const known = image.naturalWidth > 0 && image.naturalHeight > 0;
        setState({
          status: "ready",
          width: known ? image.naturalWidth : DEFAULT_SIZE.width,
          height: known ? image.naturalHeight : DEFAULT_SIZE.height,
        });
      })
      .catch((error: unknown) => current && setState({ status: "error", error }));
    return () => {
      current = false;
    };
  }, [src]);
  return state;
}

import { useCallback, useState } from "react";

/** A number kept in localStorage (a pane width), clamped to its bounds. */
export function useStoredNumber(key: string, initial: number, bounds: { min: number; max: number }) {
  const clamp = useCallback(
    (value: number) => Math.min(bounds.max, Math.max(bounds.min, Math.round(value))),
    [bounds.min, bounds.max],
  );
  const [value, setValue] = useState(() => {
    const saved = Number(localStorage.getItem(key));
    return Number.isFinite(saved) && saved > 0 ? clamp(saved) : initial;
  });
  const update = useCallback(
    (next: number) => {
      const clamped = clamp(next);
      localStorage.setItem(key, String(clamped));
      setValue(clamped);
    },
    [clamp, key],
  );
  return [value, update] as const;
}

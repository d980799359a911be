import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";

// Its own chunk: the chat route does not carry the Files screen.
const FilesPage = lazy(() => import("./files-page.tsx"));

/** The path of the Files screen. */
export const FILES_PATH = "/files";

/** /files: the Files screen, loaded when first opened. */
export function FilesRoute() {
  const { t } = useTranslation();
  return (
    <Suspense
      fallback={
        <div className="app-loading" role="status">
          {t("app.loading")}
        </div>
      }
    >
      <FilesPage />
    </Suspense>
  );
}

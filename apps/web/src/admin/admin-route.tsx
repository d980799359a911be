import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";

// The console is its own chunk: people who never open it never download it.
const AdminConsole = lazy(() => import("./admin-console.tsx"));

/** The /admin pages, loaded on first visit. */
export function AdminRoute({ section }: { section: string | null }) {
  const { t } = useTranslation();
  return (
    <Suspense
      fallback={
        <div className="app-loading" role="status">
          {t("admin.loading")}
        </div>
      }
    >
      <AdminConsole section={section} />
    </Suspense>
  );
}

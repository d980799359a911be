import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { AccountPage } from "../account/account-page.tsx";
import { AdminRoute } from "../admin/admin-route.tsx";
import { DashboardRoute } from "../dashboards/dashboard-route.tsx";
import { InvitePage } from "../invites/invite-page.tsx";
import { FilesRoute } from "../knowledge/files-route.tsx";
import { ForgotPasswordPage } from "../password-reset/forgot-password-page.tsx";
import { ResetPasswordPage } from "../password-reset/reset-password-page.tsx";
import { useSession } from "../session/session-context.tsx";
import { rememberTenant, SignInPage } from "../sign-in/sign-in-page.tsx";
import { Workbench } from "../workbench/workbench.tsx";
import { isPublicRoute, navigate, useRoute } from "./router.ts";

/** Where to go after signing in: the page that was asked for, if it is one of ours. */
function nextPath(search: URLSearchParams): string {
  const next = search.get("next");
  return next?.startsWith("/") && !next.startsWith("//") ? next : "/";
}

/** The whole app: the sign-in page for visitors, the workbench for people signed in. */
export function App() {
  const { t } = useTranslation();
  const { state } = useSession();
  const route = useRoute();

  useEffect(() => {
    if (state.status === "signed-in") {
      rememberTenant(state.me.tenant.slug);
      if (route.name === "sign-in") navigate(nextPath(route.search), { replace: true });
    }
    if (state.status === "signed-out" && !isPublicRoute(route)) {
      const here = `${location.pathname}${location.search}`;
      navigate(here === "/" ? "/login" : `/login?next=${encodeURIComponent(here)}`, { replace: true });
    }
  }, [state, route]);

  if (state.status === "loading") {
    return (
      <div className="app-loading" role="status">
        {t("app.loading")}
      </div>
    );
  }
  if (route.name === "invite") return <InvitePage token={route.token} />;
  if (route.name === "forgot-password") return <ForgotPasswordPage />;
  if (route.name === "reset-password") return <ResetPasswordPage token={route.token} />;
  if (state.status === "signed-out") {
    const search = route.name === "sign-in" ? route.search : new URLSearchParams();
    return <SignInPage search={search} redirectTo={nextPath(search)} />;
  }
  if (route.name === "account") return <AccountPage />;
  if (route.name === "admin") return <AdminRoute section={route.section} />;
  if (route.name === "dashboard") return <DashboardRoute path={route.path} search={route.search} />;
  if (route.name === "files") return <FilesRoute />;
  if (route.name !== "workbench") return null;
  return <Workbench conversationId={route.conversationId} />;
}

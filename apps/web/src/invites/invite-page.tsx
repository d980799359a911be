import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context.tsx";
import { PublicCard } from "../password-reset/public-card.tsx";
import { useSession } from "../session/session-context.tsx";
import { AcceptAsMember } from "./accept-as-member.tsx";
import { AcceptAsNewAccount } from "./accept-as-new-account.tsx";

/** What the link is for, as `GET /v1/invites/:token/preview` tells it. */
interface InvitePreview {
  tenantName: string;
  role: "viewer" | "creator" | "manager" | "admin";
  maskedEmail: string;
  accountExists: boolean;
  status: "pending" | "accepted" | "revoked" | "expired";
}

type PreviewState =
  | { status: "loading" }
  | { status: "ready"; preview: InvitePreview }
  | { status: "unknown" };

/**
 * The page of a mailed invitation (`/invite/<token>`): it first says which organization invited which address with
 * which role (or that the link no longer works); then someone signed in accepts with their account and lands in the
 * new organization, and a visitor creates an account (name and password) or signs in to accept with one they have.
 */
export function InvitePage({ token }: { token: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const { state } = useSession();
  const [preview, setPreview] = useState<PreviewState>({ status: "loading" });
  const signedIn = state.status === "signed-in";

  useEffect(() => {
    let current = true;
    api
      .get<InvitePreview>(`/v1/invites/${encodeURIComponent(token)}/preview`)
      .then((found) => current && setPreview({ status: "ready", preview: found }))
      .catch(() => current && setPreview({ status: "unknown" }));
    return () => {
      current = false;
    };
  }, [api, token]);

  if (preview.status === "unknown") {
    return <PublicCard title={t("invite.title")} lead={t("invite.unknownLink")} />;
  }
  const found = preview.status === "ready" ? preview.preview : null;
  if (found && found.status !== "pending") {
    return <PublicCard title={t("invite.title")} lead={t(`invite.closed.${found.status}`)} />;
  }
  return (
    <PublicCard
      title={found ? t("invite.titleFor", { tenant: found.tenantName }) : t("invite.title")}
      lead={signedIn ? t("invite.leadSignedIn", { email: state.me.user?.email ?? "" }) : t("invite.leadNew")}
    >
      {found ? (
        <p className="public-card__note">
          {t("invite.details", { email: found.maskedEmail, role: t(`account.roles.${found.role}`) })}
        </p>
      ) : null}
      {signedIn ? <AcceptAsMember token={token} me={state.me} /> : <AcceptAsNewAccount token={token} />}
    </PublicCard>
  );
}

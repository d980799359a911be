import { useTranslation } from "react-i18next";
import { FormError } from "../account/form-error.tsx";
import { useFormAction } from "../account/use-form-action.ts";
import { useApi } from "../api/api-context.tsx";
import type { Me } from "../api/types.ts";
import { useSession } from "../session/session-context.tsx";
import type { AcceptedInvite } from "./accepted-invite.ts";

/**
 * Accepts with the signed-in account, then moves the session into the organization just joined: the one that was
 * not in the account's list of tenants before. The app then loads afresh in that organization.
 */
export function AcceptAsMember({ token, me }: { token: string; me: Me }) {
  const { t } = useTranslation();
  const api = useApi();
  const session = useSession();
  const { busy, error, run } = useFormAction();

  const accept = () =>
    run(async () => {
      await api.post<AcceptedInvite>(`/v1/invites/${encodeURIComponent(token)}/accept`, {});
      const before = new Set(me.tenants.map((tenant) => tenant.slug));
      const after = await api.get<Me>("/v1/me");
      const joined = after.tenants.find((tenant) => !before.has(tenant.slug));
      if (joined) await api.post("/v1/me/tenant", { tenant: joined.slug });
      location.assign("/");
    });

  return (
    <div className="public-card__stack">
      <FormError message={error} />
      <button
        type="button"
        className="button button--primary button--block"
        disabled={busy}
        onClick={() => void accept()}
      >
        {busy ? t("invite.joining") : t("invite.accept")}
      </button>
      <button
        type="button"
        className="button button--secondary button--block"
        disabled={busy}
        onClick={() => void session.signOut().catch(() => {})}
      >
        {t("invite.otherAccount")}
      </button>
    </div>
  );
}

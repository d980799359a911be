import { useTranslation } from "react-i18next";
import type { SignInProvider } from "../admin-types.ts";
import { ConnectionsPage } from "../connections-page.tsx";
import { useAdminQuery } from "../use-admin-query.ts";
import { SignInProviderCard } from "./sign-in-provider-card.tsx";
import { SignInProviderForm } from "./sign-in-provider-form.tsx";

/** Sign-in providers (OIDC, Google, Entra ID, GitHub): the "Sign in with …" buttons of this organization. */
export default function SignInSection() {
  const { t } = useTranslation();
  const providers = useAdminQuery<{ providers: SignInProvider[] }>("/v1/identity-providers");
  return (
    <ConnectionsPage
      title={t("admin.sections.sign-in.title")}
      description={t("admin.sections.sign-in.description")}
      addLabel={t("admin.signIn.add")}
      listHeading={t("admin.signIn.listHeading")}
      emptyText={t("admin.signIn.none")}
      items={{ ...providers, data: providers.data?.providers }}
      renderForm={({ onAdded, onCancel }) => (
        <SignInProviderForm
          onCancel={onCancel}
          onAdded={(name) => onAdded(t("admin.signIn.added", { name }))}
        />
      )}
      renderItem={(provider, onChanged) => (
        <SignInProviderCard key={provider.id} provider={provider} onChanged={onChanged} />
      )}
    />
  );
}

import { useTranslation } from "react-i18next";
import { followInApp } from "../account/follow-in-app.ts";
import "./public-card.css";

/** "Forgot password?" under the sign-in form, to the page that mails a reset link. */
export function ForgotPasswordLink() {
  const { t } = useTranslation();
  return (
    <p className="public-card__footer">
      <a href="/forgot-password" onClick={followInApp}>
        {t("passwordReset.forgotLink")}
      </a>
    </p>
  );
}

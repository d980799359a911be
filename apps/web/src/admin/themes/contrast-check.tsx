import { useTranslation } from "react-i18next";
import { Icon } from "../../app/icons.tsx";
import { useFormat } from "../../i18n/use-format.ts";
import { contrastRatio, LIGHT_SURFACE, MINIMUM_CONTRAST } from "../../theme/contrast.ts";

/** One ratio, said in words and marked with an icon, never by colour alone. */
function Ratio({
  label,
  ratio,
}: {
  label: "admin.themes.contrastOnAccent" | "admin.themes.contrastOnPage";
  ratio: number;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const passes = ratio >= MINIMUM_CONTRAST;
  const shown = format.number(Math.floor(ratio * 100) / 100);
  return (
    <li className={`theme-contrast__item theme-contrast__item--${passes ? "pass" : "fail"}`}>
      <Icon name={passes ? "check" : "alert"} size={16} />
      <span>
        {t(label, { ratio: shown })} — {t(passes ? "admin.themes.contrastPass" : "admin.themes.contrastFail")}
      </span>
    </li>
  );
}

/** The contrast of the chosen colours as the server will check it (WCAG AA, 4.5:1), shown before saving. */
export function ContrastCheck({ accent, accentText }: { accent: string; accentText: string }) {
  const { t } = useTranslation();
  return (
    <div className="theme-contrast" aria-live="polite">
      <h3>{t("admin.themes.contrastHeading")}</h3>
      <ul className="theme-contrast__list">
        <Ratio label="admin.themes.contrastOnAccent" ratio={contrastRatio(accent, accentText)} />
        <Ratio label="admin.themes.contrastOnPage" ratio={contrastRatio(accent, LIGHT_SURFACE)} />
      </ul>
    </div>
  );
}

/** Whether both ratios reach 4.5:1, as the server requires. */
export const contrastPasses = (accent: string, accentText: string) =>
  contrastRatio(accent, accentText) >= MINIMUM_CONTRAST &&
  contrastRatio(accent, LIGHT_SURFACE) >= MINIMUM_CONTRAST;

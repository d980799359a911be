import { useTranslation } from "react-i18next";
import { PennyMark } from "../app/penny-mark.tsx";

/** The empty conversation: a greeting and a few questions Penny answers well, one click away. */
export function Suggestions({
  onPick,
  name,
}: {
  onPick: (question: string) => void;
  name: string | undefined;
}) {
  const { t } = useTranslation();
  const questions = [
    t("chat.suggestions.revenue"),
    t("chat.suggestions.funnel"),
    t("chat.suggestions.incidents"),
  ];
  return (
    <div className="suggestions">
      <PennyMark className="suggestions__mark" />
      <h2 className="suggestions__title">{name ? t("chat.greetingNamed", { name }) : t("chat.greeting")}</h2>
      <p className="suggestions__lead">{t("chat.greetingLead")}</p>
      <ul className="suggestions__list" aria-label={t("chat.suggestionsLabel")}>
        {questions.map((question) => (
          <li key={question}>
            <button type="button" className="suggestion" onClick={() => onPick(question)}>
              {question}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

import { type ReactNode, useEffect, useId } from "react";
import { PennyMark } from "../app/penny-mark.tsx";
import { PreferencesMenu } from "../app/preferences-menu.tsx";
import "../sign-in/sign-in.css";
import "./public-card.css";

/** The frame of a page for visitors (reset, invitation): the sign-in page's card, title, lead and content. */
export function PublicCard({
  title,
  lead,
  children,
}: {
  title: string;
  lead?: string;
  children?: ReactNode;
}) {
  const headingId = useId();
  useEffect(() => {
    document.title = `${title} · Penny`;
  }, [title]);
  return (
    <div className="sign-in">
      <header className="sign-in__bar">
        <PreferencesMenu />
      </header>
      <main className="sign-in__main">
        <section className="sign-in__card" aria-labelledby={headingId}>
          <PennyMark className="sign-in__mark" />
          <h1 id={headingId}>{title}</h1>
          {lead && <p className="sign-in__lead">{lead}</p>}
          {children}
        </section>
      </main>
    </div>
  );
}

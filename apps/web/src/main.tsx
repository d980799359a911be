import "./app/zod-jitless.ts";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { ApiProvider } from "./api/api-context.tsx";
import { App } from "./app/app.tsx";
import { createI18n } from "./i18n/i18n.ts";
import { SessionProvider } from "./session/session-context.tsx";
import { TenantThemeProvider } from "./theme/tenant-theme-context.tsx";
import { applyTheme, savedTheme } from "./theme/theme.ts";
import "./styles/tokens.css";
import "./styles/base.css";

applyTheme(savedTheme());
const i18n = createI18n();
const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ApiProvider>
        <SessionProvider>
          <TenantThemeProvider>
            <App />
          </TenantThemeProvider>
        </SessionProvider>
      </ApiProvider>
    </I18nextProvider>
  </StrictMode>,
);

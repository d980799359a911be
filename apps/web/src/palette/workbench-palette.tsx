import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { adminPath, canUseConsole } from "../admin/admin-sections.ts";
import { useApi } from "../api/api-context.tsx";
import type { Conversation } from "../api/types.ts";
import { navigate } from "../app/router.ts";
import { type DashboardDefinition, listDashboards } from "../dashboards/dashboard-api.ts";
import { openDashboard } from "../dashboards/open-dashboard.ts";
import { changeLanguage, languages } from "../i18n/i18n.ts";
import { FILES_PATH } from "../knowledge/files-route.tsx";
import { useMe, useSession } from "../session/session-context.tsx";
import { applyTheme, themes } from "../theme/theme.ts";
import { CommandPalette } from "./command-palette.tsx";
import type { PaletteCommand } from "./palette-command.ts";

type PaletteGroup = "actions" | "dashboards" | "go" | "theme" | "language" | "conversations";

/** How many recent conversations the palette lists by title. */
const RECENT_CONVERSATIONS = 10;

/** What the workbench lets the palette do. */
export interface WorkbenchActions {
  conversations: Conversation[];
  listOpen: boolean;
  panelOpen: boolean;
  newConversation(): void;
  searchConversations(): void;
  openConversation(id: string): void;
  toggleList(): void;
  togglePanel(): void;
  openMemory(): void;
}

/** The workbench's command palette: its actions, the dashboards, places, themes, languages and recent conversations. */
export function WorkbenchPalette({ actions, onClose }: { actions: WorkbenchActions; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const me = useMe();
  const { signOut } = useSession();
  const [dashboards, setDashboards] = useState<DashboardDefinition[]>([]);

  useEffect(() => {
    if (!me.permissions.includes("dashboards:view")) return;
    const controller = new AbortController();
    listDashboards(api, controller.signal)
      .then((answer) => setDashboards(answer.dashboards))
      .catch(() => undefined); // The palette works without them; the dashboards page says why they fail.
    return () => controller.abort();
  }, [api, me.permissions]);

  const commands = useMemo<PaletteCommand[]>(() => {
    const command = (id: string, group: PaletteGroup, label: string, run: () => void): PaletteCommand => ({
      id,
      group: t(`palette.groups.${group}`),
      label,
      run,
    });
    return [
      command("new", "actions", t("palette.commands.newConversation"), actions.newConversation),
      command("search", "actions", t("palette.commands.searchConversations"), actions.searchConversations),
      command(
        "list",
        "actions",
        t(actions.listOpen ? "palette.commands.hideConversations" : "palette.commands.showConversations"),
        actions.toggleList,
      ),
      command(
        "panel",
        "actions",
        t(actions.panelOpen ? "palette.commands.hideArtifacts" : "palette.commands.showArtifacts"),
        actions.togglePanel,
      ),
      ...dashboards.map((dashboard) =>
        command(
          `dashboard-${dashboard.slug}`,
          "dashboards",
          t("palette.commands.openDashboard", { title: dashboard.title }),
          () => openDashboard(`/d/${dashboard.slug}`),
        ),
      ),
      command("account", "go", t("palette.commands.account"), () => navigate("/account")),
      ...(canUseConsole(me)
        ? [command("admin", "go", t("palette.commands.admin"), () => navigate(adminPath()))]
        : []),
      command("memory", "go", t("palette.commands.memory"), actions.openMemory),
      command("files", "go", t("knowledge.paletteCommand"), () => navigate(FILES_PATH)),
      ...themes.map((theme) =>
        command(
          `theme-${theme}`,
          "theme",
          t("palette.commands.theme", { theme: t(`preferences.themes.${theme}`) }),
          () => applyTheme(theme),
        ),
      ),
      ...languages.map((language) =>
        command(
          `language-${language.code}`,
          "language",
          t("palette.commands.language", { language: language.label }),
          () => changeLanguage(i18n, language.code),
        ),
      ),
      ...actions.conversations
        .slice(0, RECENT_CONVERSATIONS)
        .map((conversation) =>
          command(
            `conversation-${conversation.id}`,
            "conversations",
            t("palette.commands.conversation", { title: conversation.title || t("chat.newConversation") }),
            () => actions.openConversation(conversation.id),
          ),
        ),
      command("sign-out", "actions", t("palette.commands.signOut"), () => void signOut()),
    ];
  }, [actions, dashboards, i18n, me, signOut, t]);

  return <CommandPalette commands={commands} onClose={onClose} />;
}
